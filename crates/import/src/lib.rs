//! `judge import kattis`: a Kattis problem package (legacy or 2023-07 and
//! later) → a judge package of kind `stdio` (docs/kattis.md).
//!
//! [`plan_import`] is pure: the package's files in, the files to write and
//! what to tell the person out. The edge (the CLI) reads the source,
//! writes the plan, runs the accepted submissions and sets the time limit
//! with [`time_limit_ms`].

mod checker;
mod data;
mod metadata;
mod plan;
mod statement;
mod submissions;

use std::collections::BTreeMap;

pub use checker::{CheckerMapping, checker_table, interactive_table};
pub use data::{DataMapping, judge_name, map_data};
pub use metadata::{Edition, Metadata, parse_metadata};
pub use plan::plan_import;
pub use statement::{Converted, latex_to_markdown};
pub use submissions::{SubmissionMapping, glob_matches, map_folder, map_submissions, with_inlined_modules};

/// A user's mistake or an unsupported package; each names the file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: missing: not a Kattis problem package without it")]
    Missing { file: String },
    #[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Yaml {
        file: String,
        line: Option<usize>,
        message: String,
    },
    #[error("{file}: {feature} problems are not supported: {why}")]
    Unsupported {
        file: String,
        feature: &'static str,
        why: &'static str,
    },
    #[error("{file}: not UTF-8 text")]
    NotText { file: String },
    #[error("data/: no tests (NAME.in with NAME.ans under data/sample or data/secret)")]
    NoTests,
}

/// A package as files: path relative to its root (`/`-separated) → bytes.
#[derive(Debug, Clone, Default)]
pub struct Package {
    pub files: BTreeMap<String, Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct Options {
    /// junior | mid | senior.
    pub level: String,
    /// The title when the package gives none (the directory's name).
    pub fallback_title: String,
}

/// What `judge check` settings problem.toml gets, kept apart from the
/// files so that the time limit can be set after timing.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub title: String,
    pub level: String,
    pub topics: Vec<String>,
    pub memory_mb: Option<u64>,
    pub output_kb: Option<u64>,
    pub checker: Option<String>,
    /// Set when interactive: written as a comment.
    pub interactive: bool,
}

/// How the time limit is to be set.
#[derive(Debug, Clone, PartialEq)]
pub struct Timing {
    /// `solutions/accepted/*.py` to run.
    pub accepted: Vec<String>,
    /// Slowest x this (see [`time_limit_ms`]).
    pub multiplier: f64,
    /// What the package says, in seconds.
    pub package_limit_s: Option<f64>,
}

#[derive(Debug, Clone)]
pub struct Plan {
    /// Every file of the imported package but problem.toml (see
    /// [`problem_toml`]): path → bytes.
    pub files: BTreeMap<String, Vec<u8>>,
    pub config: Config,
    pub timing: Timing,
    /// What was converted, dropped or skipped.
    pub notes: Vec<String>,
    /// What may need the person's attention.
    pub warnings: Vec<String>,
    /// Set when the imported package cannot be judged yet (interactive).
    pub unsupported: Option<String>,
}

/// The least time limit `judge check` accepts with its safety factor of 2,
/// with room for noise: the multiplier is at least this.
pub const MIN_MULTIPLIER: f64 = 3.0;
/// Time limits are rounded up to this.
pub const GRANULARITY_MS: u64 = 100;
/// The smallest time limit set (a Python start-up of a test is in it).
pub const MIN_TIME_MS: u64 = 500;
/// Without accepted Python submissions or a limit in the package.
pub const DEFAULT_TIME_MS: u64 = 2000;

/// The time limit by Kattis' rule: the slowest accepted test's CPU time x
/// the package's multiplier (at least [`MIN_MULTIPLIER`]), rounded up to
/// [`GRANULARITY_MS`], at least [`MIN_TIME_MS`], at most 60 s. Without a
/// measurement: the package's limit, else [`DEFAULT_TIME_MS`]. Returns the
/// limit and how it was found.
pub fn time_limit_ms(slowest_ms: Option<f64>, multiplier: f64, package_limit_s: Option<f64>) -> (u64, String) {
    let round = |ms: f64| -> u64 {
        let ms = ms.ceil().clamp(1.0, 60_000.0) as u64;
        ms.div_ceil(GRANULARITY_MS) * GRANULARITY_MS
    };
    match (slowest_ms, package_limit_s) {
        (Some(slowest), _) => {
            let m = multiplier.max(MIN_MULTIPLIER);
            let limit = round(slowest * m).clamp(MIN_TIME_MS, 60_000);
            (
                limit,
                format!(
                    "time limit {limit} ms: the slowest accepted Python test took {slowest:.1} ms of CPU, x {m} \
                     (the package's multiplier {multiplier}, at least {MIN_MULTIPLIER}), rounded up to {GRANULARITY_MS} ms, at least {MIN_TIME_MS} ms"
                ),
            )
        }
        (None, Some(s)) if s.is_finite() && s > 0.0 => {
            let limit = round(s * 1000.0).min(60_000);
            (
                limit,
                format!("time limit {limit} ms: the package's time_limit (no accepted Python submission was timed)"),
            )
        }
        _ => (
            DEFAULT_TIME_MS,
            format!(
                "time limit {DEFAULT_TIME_MS} ms: the default (no accepted Python submission was timed, and the package gives no time_limit)"
            ),
        ),
    }
}

/// problem.toml for `config` with the time limit `time_ms`.
pub fn problem_toml(config: &Config, time_ms: u64) -> String {
    let topics: Vec<String> = config.topics.iter().map(|t| checker::toml_str(t)).collect();
    let mut out = String::new();
    if config.interactive {
        out.push_str("# An interactive Kattis problem: the interactor talks to the solution (docs/kattis.md).\n");
    }
    out.push_str(&format!(
        "title = {}\nlevel = {}\ntopics = [{}]\nkind = \"stdio\"\n\n[limits]\ntime_ms = {time_ms}\n",
        checker::toml_str(&config.title),
        checker::toml_str(&config.level),
        topics.join(", ")
    ));
    if let Some(m) = config.memory_mb {
        out.push_str(&format!("memory_mb = {}\n", m.clamp(32, 65536)));
    }
    if let Some(k) = config.output_kb {
        out.push_str(&format!("output_kb = {}\n", k.clamp(1, 65536)));
    }
    if let Some(table) = &config.checker {
        out.push('\n');
        out.push_str(table);
    }
    out
}

#[cfg(test)]
mod tests;
