//! Rendering reports: for a person on a terminal ([`HumanRenderer`]) and for
//! tools ([`write_json`]). Renderers take report data and write text; they
//! do not run anything.

mod diff;
mod human;
mod style;

pub use diff::{string_window, text_diff, value_diff};
pub use human::{Header, HumanRenderer};

use std::io::Write;

use judge_report::RunReport;

/// The report as pretty-printed JSON (schema: docs/report-format.md).
pub fn write_json(out: &mut dyn std::io::Write, report: &RunReport) -> std::io::Result<()> {
    let mut buffered = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut buffered, report)?;
    writeln!(buffered)?;
    buffered.flush()
}
