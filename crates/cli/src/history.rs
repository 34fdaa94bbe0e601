//! The practice history at the CLI's edge: opening it, the clock, the
//! bank as practice sees it, and turning a judgement into an attempt.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use chrono::{FixedOffset, Offset};
use judge_history::{Attempt, History, Reasoning, Source, TestResult};
use judge_practice::BankProblem;
use judge_problem::Problem;
use judge_report::RunReport;
use sha2::{Digest, Sha256};

use crate::bank::Bank;

pub fn open(db: Option<&Path>) -> anyhow::Result<History> {
    let path = match db {
        Some(path) => path.to_owned(),
        None => judge_history::default_path()
            .context("no place for the history: set HOME or XDG_DATA_HOME, or pass --db (or set JUDGE_DB)")?,
    };
    Ok(History::open(&path)?)
}

/// Now, in Unix milliseconds. `$JUDGE_CLOCK` (Unix milliseconds, or an
/// RFC 3339 time) fixes it, for tests and demos.
pub fn now_ms() -> anyhow::Result<i64> {
    match std::env::var("JUDGE_CLOCK") {
        Ok(value) if !value.is_empty() => parse_clock(&value),
        _ => Ok(chrono::Utc::now().timestamp_millis()),
    }
}

pub fn parse_clock(value: &str) -> anyhow::Result<i64> {
    if let Ok(ms) = value.parse::<i64>() {
        return Ok(ms);
    }
    chrono::DateTime::parse_from_rfc3339(value)
        .map(|t| t.timestamp_millis())
        .with_context(|| format!("JUDGE_CLOCK={value}: not Unix milliseconds or an RFC 3339 time"))
}

/// The local time zone's offset now (days for streaks are local days).
pub fn local_offset() -> FixedOffset {
    chrono::Local::now().offset().fix()
}

/// How the history names a problem.
pub fn problem_key(level: &str, dir: &Path) -> String {
    let slug = slug_of(dir);
    format!("{level}/{slug}")
}

fn slug_of(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .as_deref()
        .unwrap_or(dir)
        .file_name()
        .map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// The bank's problems (their problem.toml only). A problem that does
/// not load is left out with a warning: `judge check` is the place to
/// fix it.
pub fn load_bank(bank: &Bank) -> anyhow::Result<Vec<BankProblem>> {
    if !bank.path.is_dir() {
        bail!("{}: no problem bank here; {}", bank.path.display(), bank.missing_hint());
    }
    let dirs = judge_check::discover(std::slice::from_ref(&bank.path))?;
    let mut out = Vec::new();
    for dir in dirs {
        let path = dir.join("problem.toml");
        let config = std::fs::read_to_string(&path)
            .map_err(anyhow::Error::from)
            .and_then(|text| Ok(judge_problem::parse_config(&text, &path)?));
        match config {
            Ok(config) => out.push(BankProblem {
                key: problem_key(config.level.as_str(), &dir),
                slug: slug_of(&dir),
                title: config.title,
                level: config.level.as_str().to_owned(),
                topics: config.topics,
                dir,
            }),
            Err(e) => crate::failure::warn(&format!("{} (left out)", crate::failure::message(&e))),
        }
    }
    Ok(out)
}

/// Finds a problem by directory, `level/slug` or `slug` in the bank.
pub fn find_problem(name: &str, bank: &Bank) -> anyhow::Result<PathBuf> {
    let direct = PathBuf::from(name);
    if direct.join("problem.toml").is_file() {
        return Ok(direct);
    }
    let problems = load_bank(bank)?;
    let found: Vec<&BankProblem> = problems.iter().filter(|p| p.key == name || p.slug == name).collect();
    match found.as_slice() {
        [one] => Ok(one.dir.clone()),
        [] => bail!(
            "no problem `{name}` in {} (try `judge list`), and no problem directory of that name",
            bank.path.display()
        ),
        many => {
            let keys: Vec<&str> = many.iter().map(|p| p.key.as_str()).collect();
            bail!("`{name}` is ambiguous: {}", keys.join(", "))
        }
    }
}

/// A judgement as the history keeps it, with what the person claimed
/// (`claim`: the claimed class and approach) and the growth measured, if
/// the report has it.
#[allow(clippy::too_many_arguments)]
pub fn attempt(
    problem: &Problem,
    report: &RunReport,
    code: &[u8],
    at_ms: i64,
    duration_ms: i64,
    source: Source,
    session_id: Option<i64>,
    claim: Reasoning,
) -> Attempt {
    let measured = report.complexity.as_ref().and_then(|g| g.estimate);
    Attempt {
        problem: problem_key(problem.config.level.as_str(), &problem.dir),
        title: problem.config.title.clone(),
        level: problem.config.level.as_str().to_owned(),
        topics: problem.config.topics.clone(),
        at_ms,
        duration_ms,
        verdict: report.verdict.code().to_owned(),
        passed: report.passed as u32,
        // every test of the problem, the ones a stop at the first failure
        // left unrun too: 2/4 is not 2/3
        total: (report.total + report.not_run) as u32,
        tests: report
            .tests
            .iter()
            .map(|t| TestResult {
                name: t.name.clone(),
                verdict: t.verdict.code().to_owned(),
                cpu_ms: t.cpu_ms,
            })
            .collect(),
        max_cpu_ms: report.max_cpu_ms,
        code_sha256: Sha256::digest(code).iter().map(|b| format!("{b:02x}")).collect(),
        source,
        session_id,
        reasoning: Reasoning {
            measured: measured.map(|c| c.notation().to_owned()),
            measured_confidence: measured.and(report.complexity.as_ref().and_then(|g| g.confidence)),
            ..claim
        },
    }
}
