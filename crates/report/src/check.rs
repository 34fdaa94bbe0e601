//! The report of `judge check`: a bank of problems checked as a whole.
//! The schema of `judge check --format json` (docs/check.md).

use serde::{Deserialize, Serialize};

use crate::Verdict;

/// The schema identifier written into every check report.
pub const CHECK_SCHEMA: &str = "judge-check/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BankReport {
    pub schema: String,
    /// The directories that were searched for problems, as given.
    pub roots: Vec<String>,
    /// `K/N` when only a slice of the bank was checked.
    pub partition: Option<String>,
    /// The git revision given to `--changed-since`.
    pub changed_since: Option<String>,
    /// The accepted solutions' floor (`--ac-floor`, once `--safety-factor`):
    /// the slowest accepted test may take at most `time_ms / safety_factor`.
    pub safety_factor: f64,
    /// The slow solutions' floor (`--tle-floor`): a `time_limit_exceeded`
    /// solution must be at least this many times over the limit (at most
    /// 1: not measured). Absent from reports older than it.
    #[serde(default)]
    pub tle_floor: f64,
    /// How many times each accepted solution ran.
    pub repeat: u32,
    pub jobs: usize,
    pub runner: String,
    pub python: String,
    /// Wall time of the whole check.
    pub wall_ms: f64,
    pub problems: Vec<ProblemCheck>,
    /// Findings of severity `error`, over all problems.
    pub errors: usize,
    pub notes: usize,
    /// The problems never checked: `--fail-fast` stopped at a failing one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_checked: Vec<String>,
}

impl BankReport {
    pub fn passed(&self) -> bool {
        self.errors == 0 && self.not_checked.is_empty()
    }
}

/// One problem's check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemCheck {
    /// The problem directory, as found under a root.
    pub path: String,
    pub slug: String,
    /// `None` when problem.toml could not be read.
    pub level: Option<String>,
    pub title: Option<String>,
    /// The sum of the wall times of its runs: what this problem costs to check.
    pub run_ms: f64,
    pub margin: Option<TimeMargin>,
    /// How far over the limit each `time_limit_exceeded` solution is
    /// (`--tle-floor` above 1), in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slow: Vec<SlowMargin>,
    /// Every reference solution and the template, in file order.
    pub solutions: Vec<SolutionCheck>,
    pub findings: Vec<Finding>,
    /// `--complexity`: the measured growth of its accepted and
    /// time_limit_exceeded solutions (problems with a `[complexity]` table).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complexity: Option<GrowthCheck>,
    /// `--mutants`: how the tests fared against mutants of its accepted
    /// solutions (absent for a problem whose accepted solutions fail).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mutants: Option<MutantsCheck>,
}

/// The file of a problem package listing the surviving mutants its
/// author judged equivalent to the solution (docs/check.md).
pub const EQUIVALENT_MUTANTS_FILE: &str = "equivalent-mutants.txt";

/// Mutation testing of a problem's tests (`judge check --mutants`): small
/// mistakes made in its accepted solutions, each judged on its tests. A
/// mutant the tests do not reject survives: a test is missing, or the
/// mutant is equivalent to the solution (and recorded so in the package).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MutantsCheck {
    /// The mutants asked for per accepted solution, and the seed choosing them.
    pub per_solution: usize,
    pub seed: u64,
    /// Mutants judged, over all its accepted solutions.
    pub total: usize,
    /// Mutants some test rejected (any verdict but AC).
    pub killed: usize,
    /// Survivors the package records as equivalent.
    pub equivalent: usize,
    /// Survivors not recorded: each an error.
    pub survivors: Vec<Survivor>,
}

/// A mutant no test rejected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Survivor {
    /// The accepted solution it was made from.
    pub solution: String,
    pub operator: String,
    /// The solution's line it changes.
    pub line: usize,
    /// What equivalent-mutants.txt records to call it equivalent.
    pub hash: String,
    /// A unified diff from the solution (both as `ast.unparse` writes them).
    pub diff: String,
}

/// A problem's solutions' measured growth (`judge check --complexity`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrowthCheck {
    /// What problem.toml expects of an accepted solution.
    pub expected: judge_complexity::Class,
    pub solutions: Vec<SolutionGrowth>,
    /// What was found: merged into the problem's findings.
    #[serde(skip)]
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SolutionGrowth {
    pub path: String,
    /// Its folder: `accepted` or `time_limit_exceeded`.
    pub expected: String,
    /// `null` when it could not be measured (see the findings), or ran
    /// past the time limit at the smallest sizes.
    pub estimate: Option<judge_complexity::Class>,
    pub confidence: Option<f64>,
}

impl ProblemCheck {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }

    pub fn notes(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Note).count()
    }
}

/// A reference solution (or the template) and what it got.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SolutionCheck {
    pub path: String,
    /// The folder's name (`accepted`, `wrong_answer`, ...), or `template`.
    pub expected: String,
    /// The overall verdict of each run.
    pub verdicts: Vec<Verdict>,
    /// Tests that did not get AC in the first run, as `group/name`.
    pub failed_tests: Vec<String>,
    pub max_cpu_ms: Option<f64>,
    /// Wall time of all its runs.
    pub wall_ms: f64,
}

/// How far the slowest accepted solution's slowest test is from the limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMargin {
    pub limit_ms: u64,
    /// `limit_ms / safety_factor`: what an accepted test may take.
    pub budget_ms: f64,
    /// CPU time of the slowest test (the fastest of its repeats).
    pub slowest_ms: f64,
    pub solution: String,
    pub test: String,
    /// `limit_ms / slowest_ms`: how many times over the test fits the limit.
    pub headroom: f64,
}

/// How far over the time limit a `time_limit_exceeded` solution is: its
/// failing test run again under the limit raised to `probe_ms`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlowMargin {
    pub solution: String,
    /// The test it failed, `group/name`.
    pub test: String,
    pub limit_ms: u64,
    /// The raised CPU limit of the second run (`tle_floor x limit_ms`).
    pub probe_ms: u64,
    /// Its time over the limit (CPU, or wall clock for a solution that
    /// waits); with `at_least`, it ran out of the raised limit too, and is
    /// at least `probe_ms / limit_ms` times over.
    pub factor: f64,
    pub at_least: bool,
}

/// Something wrong (an error) or worth a look (a note) in a problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    /// The file at fault.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Finding {
    pub fn error(file: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn note(file: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Note,
            ..Finding::error(file, message)
        }
    }

    pub fn at(mut self, line: Option<usize>, column: Option<usize>) -> Finding {
        self.line = line;
        self.column = column;
        self
    }

    /// `path:line:column`, as much of it as is known.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", self.file),
            (Some(line), None) => format!("{}:{line}", self.file),
            _ => self.file.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The bank is wrong: `judge check` fails.
    Error,
    /// Worth a look; does not fail the check.
    Note,
}
