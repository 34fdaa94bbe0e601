//! Running a Python solution's test cases: the [`Runner`] interface, what
//! comes back ([`RunEvent`]), and the process runner behind it.
//!
//! A runner is handed inputs only ([`Job`] has no expected values): it says
//! what the solution did, and the engine decides whether that was right.

mod checker_host;
mod child;
mod harness;
mod interactor;
mod mutants;
mod outcome;
mod pool;
mod process;
mod protocol;
mod python;
mod reap;
pub mod sandbox;
mod sized;
mod validator;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use judge_model::CaseInput;

pub use checker_host::{CheckerHost, CheckerReply};

/// How the harness's answers map to outcomes, for the embedded runner,
/// which gets them as Python objects instead of over the wire.
pub mod harness_data {
    pub use crate::protocol::{case_status, load_failure, unsuspected};
}
pub use harness::{HarnessFile, SOURCES as HARNESS_SOURCES};
pub use interactor::{INTERACTOR_TIMEOUT, Interaction};
pub use mutants::{MUTANTS_TIMEOUT, Mutant, Mutants, MutantsError, mutants_of};
pub use outcome::{CaseOutcome, CaseStatus, Frame, LoadFailure, OpResult, PyException, RunEvent, TestFailure};
pub use pool::WarmPool;
pub use process::ProcessRunner;
pub use python::Interpreter;
pub use reap::{shutdown, stopping};
pub use sized::{GENERATOR_TIMEOUT, SizedError, sized_inputs};
pub use validator::{
    BuildError, BuiltValidator, COMPILE_TIMEOUT, Compiled, VALIDATOR_TIMEOUT, Validator, ValidatorCall, ValidatorEnd,
    ValidatorRun, build_validator,
};
pub use validator::{PythonSyntaxError, python_syntax_error};

/// How a solution is called; mirrors the problem kinds.
#[derive(Debug, Clone, PartialEq)]
pub enum JobKind {
    Function {
        entry: String,
    },
    Class {
        entry: String,
    },
    Stdio,
    /// The solution is a test suite; each case is an implementation of
    /// function `entry` (its label and source, as a call's two arguments)
    /// that the tests run against.
    Tests {
        entry: String,
    },
}

/// Limits of every case of a job.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JobLimits {
    /// CPU time per case.
    pub cpu_ms: u64,
    /// Wall-clock time per case.
    pub wall_ms: u64,
    /// Address space of the whole process.
    pub memory_bytes: u64,
    /// Output per case, per stream.
    pub output_bytes: u64,
}

impl JobLimits {
    /// The largest result the harness may send for one case: the value
    /// returned and what was printed, together twice the output limit and
    /// a megabyte. A larger result is the solution's OLE; decoding what
    /// fits costs the judge time and memory linear in it (docs/sandbox.md,
    /// "The judge's own cost").
    pub fn frame_bytes(&self) -> usize {
        let output = usize::try_from(self.output_bytes).unwrap_or(usize::MAX);
        output.saturating_mul(2).saturating_add(1 << 20)
    }
}

/// A solution as it was read once, at the start of a run: every process
/// of the run judges these bytes, whatever happens to the file meanwhile
/// (a person saving a fix while a slow test runs).
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    /// Where it was read from: for reports and tracebacks, never read again.
    pub path: PathBuf,
    pub code: Arc<[u8]>,
}

impl Submission {
    /// Reads the file once.
    pub fn read(path: &Path) -> std::io::Result<Submission> {
        Ok(Submission {
            path: path.to_owned(),
            code: std::fs::read(path)?.into(),
        })
    }

    /// A submission of these bytes, said to come from `path`.
    pub fn from_bytes(path: impl Into<PathBuf>, code: impl Into<Arc<[u8]>>) -> Submission {
        Submission {
            path: path.into(),
            code: code.into(),
        }
    }
}

/// One submission to run: a solution and the inputs of its cases.
#[derive(Debug, Clone)]
pub struct Job {
    pub solution: Submission,
    pub kind: JobKind,
    /// Shared: `judge check` runs many solutions on one problem's inputs.
    pub cases: std::sync::Arc<[CaseInput]>,
    /// For `class` cases, by case index: how many of the case's ops are
    /// expected to raise. The harness ends a case at the exception after
    /// that many: one of those it ran was then unexpected and decides the
    /// verdict, and the ops after it would only run into a time or memory
    /// limit. A case without an entry runs all its ops. (The count is all
    /// the solution could learn of the expected results.)
    pub exceptions_expected: Vec<usize>,
    pub limits: JobLimits,
    /// Start Python with its site-packages.
    pub site_packages: bool,
    /// A problem's driver: `run(solution, *args)` is called instead of the
    /// entry point itself (`function` kind).
    pub driver: Option<PathBuf>,
    /// Builtins and methods of builtin types the solution may not call
    /// (`[rules] forbid`): the harness removes them before it loads.
    pub forbid: Vec<String>,
    /// An interactive problem's interactor (`[checker] type =
    /// "interactive"`): each case runs in a process of its own, its stdin
    /// and stdout pipes to the interactor started beside it.
    pub interaction: Option<Arc<Interaction>>,
    /// Stop after the first case that runs out of time: the cases after it
    /// get no event. For `judge check`, where each later test of a slow
    /// solution would cost a whole time limit. A hint: a runner may run
    /// every case anyway (the embedded runner does).
    pub stop_at_timeout: bool,
    /// Set (by whoever receives the run's events) to end the run after
    /// the case being reported: `--fail-fast`. A hint, as above: the
    /// embedded runner runs on, and the engine ignores what comes after.
    pub stop: StopSignal,
}

/// A run's request to stop early, shared between the runner and the
/// receiver of its events.
#[derive(Debug, Clone, Default)]
pub struct StopSignal(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl StopSignal {
    pub fn stop(&self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn is_stopped(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Runs jobs. Implementations give identical outcomes for the same job.
pub trait Runner: Send + Sync + std::fmt::Debug {
    /// A short name for reports, e.g. `process`.
    fn name(&self) -> &'static str;

    /// The version of the Python that runs solutions, e.g. `3.11.7`.
    fn python_version(&self) -> String;

    /// What keeps a solution from harming the judge and the machine.
    fn isolation(&self) -> Isolation;

    /// Runs every case of `job`, calling `on_event` as results arrive (in
    /// case order). An error means the judge itself failed; cases without
    /// an event by then were not judged.
    fn run(&self, job: &Job, on_event: &mut dyn FnMut(RunEvent)) -> Result<(), RunnerError>;
}

/// The sandbox layers a runner has on, and why any it lacks are missing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Isolation {
    pub layers: Vec<String>,
    pub warnings: Vec<String>,
}

/// A driver's failure during a test, as the harness reports it
/// (sandbox/harness.py `DriverFailed`), for the verdict both runners give
/// it: the solution's RE, with the driver's own words. After the solution
/// has loaded, a report of the driver failing could be the solution's
/// forgery, so it cannot be IE (docs/problem-format.md, "Drivers").
pub fn driver_failed_in_test(message: &str) -> Option<CaseStatus> {
    let driver = message.trim().strip_prefix("DriverFailed: ")?;
    let what = problem_code(driver);
    Some(CaseStatus::Crashed {
        description: format!(
            "the problem's {what} failed during this test (if the problem's accepted solutions fail so too, \
             it is the problem's fault; a solution can make its {what} fail, so the judge cannot tell): {driver}"
        ),
    })
}

/// What of the problem's own code a `DriverFailed` message is about: a
/// `tests` problem's implementation (the message starts with its path,
/// sandbox/judge_tests.py) or the driver.
fn problem_code(message: &str) -> &'static str {
    if message.starts_with("implementations/") {
        "implementation"
    } else {
        "driver"
    }
}

/// How a harness failure reads: the problem's driver.py failing is named
/// as such (sandbox/harness.py `DriverFailed`), the rest is the harness's.
fn harness_failure(message: &str) -> String {
    match message.strip_prefix("DriverFailed: ") {
        Some(driver) => format!(
            "the problem's {} failed (the problem's fault): {driver}",
            problem_code(driver)
        ),
        None => format!("the Python harness failed: {message}"),
    }
}

/// The judge's own failures: never the solution's fault.
#[derive(Debug, thiserror::Error)]
pub enum RunnerError {
    #[error("no usable Python interpreter: {0}")]
    NoPython(String),
    #[error("cannot start {}: {source}", path.display())]
    Spawn {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("I/O with the Python harness failed: {0}")]
    Io(#[from] std::io::Error),
    /// The harness failed, or the problem's driver.py did (the harness
    /// says `DriverFailed: ...`; either way IE, never the solution's fault).
    #[error("{}", harness_failure(.0))]
    Harness(String),
    /// A problem's `checker.py` failed (raised, timed out, or died).
    #[error("{0}")]
    Checker(String),
    /// A problem's `checker.py` cannot serve as a checker (a syntax error,
    /// an exception while loading, no `check`): the problem's mistake.
    #[error("checker.py cannot be loaded: {message}")]
    CheckerInvalid {
        line: Option<u32>,
        column: Option<u32>,
        message: String,
    },
    #[error("the Python harness sent a message the judge cannot read ({0})")]
    Protocol(String),
    /// The runner cannot run this kind of job (the embedded runner and
    /// interactive problems).
    #[error("{0}")]
    Unsupported(String),
    /// The judge is ending on a signal: no child is started any more.
    #[error("the judge is stopping")]
    Stopping,
}
