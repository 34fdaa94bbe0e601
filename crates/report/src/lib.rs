//! What a judgement says: the verdicts, and the report of one run.
//!
//! These types are the schema of `judge run --format json` (documented in
//! docs/report-format.md). Tools depend on this crate, not on the engine.
//! Plain data: no I/O, no rendering.

mod check;
mod growth;
mod verdict;

pub use check::{
    BankReport, CHECK_SCHEMA, EQUIVALENT_MUTANTS_FILE, Finding, GrowthCheck, MutantsCheck, ProblemCheck, Severity,
    SlowMargin, SolutionCheck, SolutionGrowth, Survivor, TimeMargin,
};
pub use growth::{FittedCurve, GrowthReport};
pub use verdict::Verdict;

use judge_model::Value;
use serde::{Deserialize, Serialize};

/// The schema identifier written into every report.
pub const SCHEMA: &str = "judge-run/1";

/// The report of judging one solution against one problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunReport {
    pub schema: String,
    pub problem: ProblemInfo,
    pub solution: String,
    /// `process` or `embedded`.
    pub runner: String,
    /// The Python version that ran the solution.
    pub python: String,
    /// The sandbox layers that were on (docs/sandbox.md).
    #[serde(default)]
    pub sandbox: Vec<String>,
    /// Layers this machine could not provide, and why.
    #[serde(default)]
    pub sandbox_warnings: Vec<String>,
    /// The overall verdict: the most severe of the tests' verdicts.
    pub verdict: Verdict,
    pub passed: usize,
    pub total: usize,
    pub limits: LimitsInfo,
    /// The largest CPU time of any test, when measured.
    pub max_cpu_ms: Option<f64>,
    pub tests: Vec<TestReport>,
    /// Tests not run because the run stopped early (`--fail-fast`, or
    /// `judge check`'s slow solutions at their first TLE): they are not in
    /// `tests`, nor counted in `total`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub not_run: usize,
    /// Why the solution could not be loaded (every test then has this verdict).
    pub load_failure: Option<Failure>,
    /// The judge's own failure, if it had one (tests it cut short are IE).
    pub internal_error: Option<String>,
    /// How the solution's time grows (`judge run --complexity`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complexity: Option<GrowthReport>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl RunReport {
    /// The failure that decides the run: the first test whose verdict is
    /// the run's (an RE run's first RE, even when a WA came before it).
    pub fn first_failure(&self) -> Option<&TestReport> {
        self.tests
            .iter()
            .find(|t| t.verdict == self.verdict && t.verdict != Verdict::Accepted)
            .or_else(|| self.tests.iter().find(|t| t.verdict != Verdict::Accepted))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemInfo {
    pub slug: String,
    pub title: String,
    pub level: String,
    pub kind: String,
    pub path: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LimitsInfo {
    pub time_ms: u64,
    pub wall_ms: u64,
    pub memory_mb: u64,
    pub output_kb: u64,
}

/// One test's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestReport {
    /// `group/name`, e.g. `hidden/long-mixed`.
    pub name: String,
    pub group: String,
    /// Sample tests are the ones shown in the statement.
    pub sample: bool,
    pub verdict: Verdict,
    /// CPU time, when the test ran to its end.
    pub cpu_ms: Option<f64>,
    pub wall_ms: f64,
    /// The Python process's peak resident memory by the end of this test.
    pub peak_memory_kb: Option<u64>,
    /// A TLE test: which limit stopped it, the CPU time's or the wall
    /// clock's. `None` for any other verdict.
    #[serde(default)]
    pub time_limit: Option<TimeLimit>,
    /// Boxed: a failure is ~380 bytes, and most tests of a large run have
    /// none (a report of 100,000 tests held 47 MB of room for them).
    pub failure: Option<Box<Failure>>,
}

/// Which time limit stopped a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeLimit {
    /// `limits.time_ms` of CPU time.
    Cpu,
    /// The wall-clock limit (`time_ms * wall_multiplier`): sleeping, waiting.
    Wall,
}

/// Everything a person needs to see why a test failed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Failure {
    /// One line saying what went wrong.
    pub summary: String,
    /// The input as Python source (`f('abc')`), the ops of a class case
    /// up to the one that failed, or a stdio test's input text.
    pub input: Option<String>,
    /// For a class case, which op (0 = the constructor) failed.
    pub op_index: Option<usize>,
    pub expected: Option<Expectation>,
    pub got: Option<Shown>,
    /// Where the expected and actual values first differ.
    pub mismatch: Option<MismatchInfo>,
    pub exception: Option<ExceptionInfo>,
    /// What the solution printed during the test.
    pub stdout: Option<String>,
    pub stderr: Option<String>,
}

/// A value, exactly (in the judge's JSON value encoding) and as Python shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shown {
    /// `None` for a value nested deeper than `MAX_SHOWN_DEPTH`: JSON
    /// readers stop at a nesting limit (serde_json at 128, and the value
    /// encoding nests deeper than Python does), and a deep value's layout
    /// grows with the square of its depth; `None` too for a value of more
    /// than `MAX_SHOWN_VALUES` values, whose diff nobody reads and which
    /// would make the report as large as the answer. `repr` is always
    /// there, cut at `MAX_SHOWN_REPR` characters.
    pub value: Option<Value>,
    pub repr: String,
}

/// What a test expected: a value, or an exception (`{"raises": "ValueError"}`:
/// that class or a subclass of it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Expectation {
    Raises { raises: String },
    Value(Shown),
}

impl Expectation {
    /// How a person reads it: the value's repr, or `raises ValueError`.
    pub fn repr(&self) -> String {
        match self {
            Expectation::Raises { raises } => format!("raises {raises}"),
            Expectation::Value(shown) => shown.repr.clone(),
        }
    }

    /// The value, when a value is expected.
    pub fn value(&self) -> Option<&Shown> {
        match self {
            Expectation::Value(shown) => Some(shown),
            Expectation::Raises { .. } => None,
        }
    }
}

/// The deepest value a report carries exactly (see `Shown::value`).
pub const MAX_SHOWN_DEPTH: usize = 48;
/// The most values (items, keys, nested ones) a report carries exactly.
pub const MAX_SHOWN_VALUES: usize = 5000;
/// The longest repr a report carries; a longer one ends `… (N characters)`.
pub const MAX_SHOWN_REPR: usize = 10_000;

impl Shown {
    pub fn new(value: Value) -> Shown {
        let mut shown = Shown::of(&value);
        if shown.value.is_some() {
            shown.value = Some(value);
        }
        shown
    }

    /// [`Shown::new`] of a borrowed value, copied only when it is carried:
    /// a large answer is not copied just to be left out.
    pub fn of(value: &Value) -> Shown {
        let mut repr = value.repr();
        if repr.len() > MAX_SHOWN_REPR {
            let count = repr.chars().count();
            if let Some((cut, _)) = repr.char_indices().nth(MAX_SHOWN_REPR) {
                repr.truncate(cut);
                repr.push_str(&format!("… ({count} characters)"));
            }
        }
        let carried = value.count_up_to(MAX_SHOWN_VALUES + 1) <= MAX_SHOWN_VALUES && value.depth() <= MAX_SHOWN_DEPTH;
        Shown {
            repr,
            value: carried.then(|| value.clone()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MismatchInfo {
    /// Python subscripts from the top of the value, e.g. `[2]['a']`; empty
    /// for the whole value.
    pub path: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExceptionInfo {
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    /// The solution's own frames, outermost first.
    pub traceback: Vec<FrameInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameInfo {
    /// The line in the solution file.
    pub line: u32,
    pub function: String,
    pub code: String,
    /// How many more times the same frame repeats (deep recursion).
    pub repeated: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expected_exception_is_written_as_what_it_is() {
        let raises = Expectation::Raises {
            raises: "ValueError".into(),
        };
        let text = serde_json::to_string(&raises).unwrap();
        assert_eq!(text, r#"{"raises":"ValueError"}"#);
        assert_eq!(serde_json::from_str::<Expectation>(&text).unwrap(), raises);
        let value = Expectation::Value(Shown::new(Value::int(3)));
        let text = serde_json::to_string(&value).unwrap();
        assert_eq!(text, r#"{"value":3,"repr":"3"}"#);
        assert_eq!(serde_json::from_str::<Expectation>(&text).unwrap(), value);
    }

    fn test(name: &str, verdict: Verdict) -> TestReport {
        TestReport {
            name: name.into(),
            group: "hidden".into(),
            sample: false,
            verdict,
            cpu_ms: None,
            wall_ms: 0.0,
            peak_memory_kb: None,
            time_limit: None,
            failure: None,
        }
    }

    #[test]
    fn the_first_failure_has_the_runs_verdict() {
        let mut report: RunReport = serde_json::from_str(
            r#"{"schema": "judge-run/1", "problem": {"slug": "s", "title": "t", "level": "junior",
                "kind": "function", "path": "p"}, "solution": "x.py", "runner": "process",
                "python": "3", "verdict": "RE", "passed": 1, "total": 4,
                "limits": {"time_ms": 1, "wall_ms": 3, "memory_mb": 32, "output_kb": 1},
                "max_cpu_ms": null, "tests": [], "load_failure": null, "internal_error": null}"#,
        )
        .unwrap();
        report.tests = vec![
            test("a", Verdict::Accepted),
            test("b", Verdict::WrongAnswer),
            test("c", Verdict::RuntimeError),
            test("d", Verdict::RuntimeError),
        ];
        assert_eq!(report.first_failure().map(|t| t.name.as_str()), Some("c"));
        report.verdict = Verdict::WrongAnswer;
        assert_eq!(report.first_failure().map(|t| t.name.as_str()), Some("b"));
    }

    #[test]
    fn a_value_too_deep_for_json_readers_is_shown_by_its_repr_alone() {
        let nested = |depth: usize| (0..depth).fold(Value::int(1), |v, _| Value::List(vec![v]));
        let shallow = Shown::new(nested(MAX_SHOWN_DEPTH));
        assert_eq!(shallow.value, Some(nested(MAX_SHOWN_DEPTH)));
        let deep = Shown::new(nested(300));
        assert_eq!(deep.value, None);
        assert!(deep.repr.starts_with("[[[[") && deep.repr.contains('1'));
        // and the report still reads back with serde_json's default limit
        let text = serde_json::to_string(&deep).unwrap();
        assert_eq!(serde_json::from_str::<Shown>(&text).unwrap(), deep);
    }
}
