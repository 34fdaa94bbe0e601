//! What a runner reports about each case: data, no judgement.

use judge_model::Value;
use serde::{Deserialize, Serialize};

/// An event of a run, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum RunEvent {
    /// The solution could not be loaded; no further case will run.
    LoadFailed(LoadFailure),
    /// Case `index` of the job finished (in whatever way).
    Case { index: usize, outcome: CaseOutcome },
}

/// Why a solution could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The file does not compile.
    Syntax {
        exception: PyException,
        line: Option<u32>,
        column: Option<u32>,
    },
    /// No function or class of the expected name and nature.
    MissingEntry {
        message: String,
    },
    /// Module-level code raised.
    Raised {
        exception: PyException,
        stdout: String,
        stderr: String,
    },
    /// Module-level code printed past the output limit.
    OutputExceeded,
    MemoryExceeded,
    TimedOut,
    /// The process died while loading.
    Crashed {
        description: String,
    },
}

/// One case's outcome, with its measurements.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseOutcome {
    pub status: CaseStatus,
    /// CPU time, as the harness measured it; `None` when the case was cut off.
    pub cpu_ms: Option<f64>,
    /// Wall time (the harness's measure, or the judge's when cut off).
    pub wall_ms: f64,
    /// The process's peak resident memory so far, when known.
    pub peak_rss_kb: Option<u64>,
    /// What the solution printed (function and class kinds).
    pub stdout: String,
    pub stderr: String,
    /// An interactive case: how its interactor ended, and what it wrote.
    pub interactor: Option<crate::ValidatorRun>,
}

impl CaseOutcome {
    /// An outcome without measurements from the harness (the case was cut off).
    pub fn cut_off(status: CaseStatus, wall_ms: f64) -> CaseOutcome {
        CaseOutcome {
            status,
            cpu_ms: None,
            wall_ms,
            peak_rss_kb: None,
            stdout: String::new(),
            stderr: String::new(),
            interactor: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum CaseStatus {
    /// `function`: the call returned.
    Returned(Value),
    /// `function` and `stdio`: the solution raised.
    Raised(PyException),
    /// `class`: one result per op that ran (all of them, unless the
    /// constructor raised).
    Ops(Vec<OpResult>),
    /// `stdio`: the script ended (normally, or by `sys.exit(code)`).
    Exited {
        output: String,
        code: i64,
    },
    /// `tests`: the solution's tests on one implementation, in definition
    /// order, up to the first that failed.
    Tested {
        passed: Vec<String>,
        failed: Option<Box<TestFailure>>,
    },
    /// The call itself did not fit the solution: wrong arguments, or a
    /// missing method.
    BadCall {
        message: String,
    },
    /// Cut off at the CPU limit (`cpu`), or at the wall-clock limit.
    TimedOut {
        cpu: bool,
    },
    MemoryExceeded,
    /// Printed past the output limit.
    OutputExceeded,
    /// Returned a value (or raised an exception) whose report, with what
    /// was printed, is over the largest result the judge reads
    /// (`JobLimits::frame_bytes`).
    ResultTooLarge,
    /// The process died during the case.
    Crashed {
        description: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum OpResult {
    Returned(Value),
    /// Boxed: rare, and three times the size of a value.
    Raised(Box<PyException>),
}

/// The test function that failed on an implementation, and how.
#[derive(Debug, Clone, PartialEq)]
pub struct TestFailure {
    pub test: String,
    pub exception: PyException,
    /// For a bare `assert` of a comparison, the values compared, as
    /// `assert f(3) == 6\n  where f(3) = 9`; for a test that takes
    /// arguments, that it cannot be called.
    pub explanation: Option<String>,
}

/// A Python exception, its traceback trimmed to the solution's own frames.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PyException {
    #[serde(rename = "type")]
    pub type_name: String,
    /// The class's MRO names (`["KeyError", "LookupError", "Exception", ...]`).
    #[serde(default)]
    pub mro: Vec<String>,
    pub message: String,
    #[serde(default)]
    pub traceback: Vec<Frame>,
}

impl PyException {
    /// Whether this exception is an instance of the class named `name`.
    pub fn is_instance_of(&self, name: &str) -> bool {
        let short = name.rsplit('.').next().unwrap_or(name);
        self.type_name == short || self.mro.iter().any(|m| m == short)
    }

    /// `ValueError: bad input`, or just the type when there is no message.
    pub fn headline(&self) -> String {
        if self.message.is_empty() {
            self.type_name.clone()
        } else {
            format!("{}: {}", self.type_name, self.message)
        }
    }
}

/// A frame of the solution's own code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub line: u32,
    pub function: String,
    pub code: String,
    /// How many more times this same frame repeats (deep recursion).
    #[serde(default)]
    pub repeated: u32,
}
