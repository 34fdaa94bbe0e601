//! Rendering reports: for a person on a terminal ([`HumanRenderer`]) and for
//! tools ([`write_json`]). Renderers take report data and write text; they
//! do not run anything.

mod check;
mod diff;
mod github;
mod growth;
mod human;
mod junit;
mod markdown;
mod style;

pub use check::CheckRenderer;
pub use diff::{string_window, text_diff, value_diff};
pub use github::write_github;
pub use growth::growth_chart;
pub use human::{Header, HumanRenderer, format_ms};
pub use junit::write_junit;
pub use markdown::render_markdown;

use std::io::Write;

/// A report as pretty-printed JSON (schemas: docs/report-format.md,
/// docs/check.md).
pub fn write_json<T: serde::Serialize>(out: &mut dyn std::io::Write, report: &T) -> std::io::Result<()> {
    // 64 KiB at a time: a 100,000-test report is ~27 MB, and stdout's own
    // line buffer would otherwise be handed 8 KiB at a time
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, report)?;
    writeln!(buffered)?;
    buffered.flush()
}
