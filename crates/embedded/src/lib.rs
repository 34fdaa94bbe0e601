//! The embedded runner: CPython inside the judge, through pyo3.
//!
//! No child process per submission and no encoding on the hot path: values
//! go straight between the model and Python objects, and the same harness
//! (`sandbox/harness.py`) runs each case, so verdicts match the process
//! runner's. For trusted code (a bank's own solutions, benchmarks, watch
//! mode): a solution here can do anything the judge can, `os._exit`
//! included.
//!
//! One interpreter serves the whole process, on a thread of its own. The
//! caller's thread is the coordinator: it streams outcomes back, and
//! enforces the limits by signalling the Python thread (the interpreter
//! raises `TimeLimitExceeded` into the solution). A case stuck where Python
//! cannot be interrupted (one long C call) ends the run with TLE after a
//! grace time, and the interpreter is not used again.

mod cap;
mod convert;
mod memory;
mod worker;

use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use std::time::Duration;

use judge_runner::{CaseOutcome, CaseStatus, Job, RunEvent, Runner, RunnerError};

use worker::{IDLE, INTERRUPT_SIGNAL, LOADING, Reason, Report, Shared, WorkerJob};

/// Time for the module to load, on top of one case's wall limit (as in the
/// process runner).
const LOAD_ALLOWANCE: Duration = Duration::from_secs(5);
/// How long a case may go on past its wall limit, ignoring interrupts,
/// before the run is given up.
const HARD_GRACE: Duration = Duration::from_secs(2);
/// How often the coordinator looks at a running case.
const POLL: Duration = Duration::from_millis(10);
/// How often an ignored interrupt is repeated.
const REPEAT: Duration = Duration::from_millis(50);

struct Interpreter {
    shared: Arc<Shared>,
    jobs: Mutex<mpsc::Sender<WorkerJob>>,
    version: String,
}

/// The process's one embedded interpreter, started on first use.
fn interpreter() -> Result<&'static Interpreter, RunnerError> {
    static INTERPRETER: OnceLock<Result<Interpreter, String>> = OnceLock::new();
    INTERPRETER
        .get_or_init(|| {
            let (shared, jobs) = worker::start()?;
            Ok(Interpreter {
                shared,
                jobs: Mutex::new(jobs),
                version: python_version(),
            })
        })
        .as_ref()
        .map_err(|e| RunnerError::Harness(e.clone()))
}

fn python_version() -> String {
    pyo3::Python::attach(|py| {
        let v = py.version_info();
        format!("{}.{}.{}", v.major, v.minor, v.patch)
    })
}

#[derive(Debug, Clone, Copy, Default)]
pub struct EmbeddedRunner;

impl EmbeddedRunner {
    /// Starts the embedded interpreter if it is not running yet.
    pub fn new() -> Result<EmbeddedRunner, RunnerError> {
        interpreter()?;
        Ok(EmbeddedRunner)
    }
}

impl Runner for EmbeddedRunner {
    fn name(&self) -> &'static str {
        "embedded"
    }

    fn python_version(&self) -> String {
        interpreter().map(|i| i.version.clone()).unwrap_or_default()
    }

    fn isolation(&self) -> judge_runner::Isolation {
        judge_runner::Isolation {
            layers: vec!["limits by interruption".into(), "memory accounting".into()],
            warnings: vec![
                "embedded runner: no sandbox, the solution runs inside the judge (trusted code only)".into(),
            ],
        }
    }

    fn run(&self, job: &Job, on_event: &mut dyn FnMut(RunEvent)) -> Result<(), RunnerError> {
        if job.interaction.is_some() {
            // the solution would need pipes of its own, in a process of its own
            return Err(RunnerError::Unsupported(
                "the embedded runner does not run interactive problems; use --runner process".into(),
            ));
        }
        let interp = interpreter()?;
        let shared = &interp.shared;
        if shared.poisoned.load(Ordering::SeqCst) {
            return Err(RunnerError::Harness(
                "the embedded interpreter is stuck in an earlier submission's C call; restart the judge".into(),
            ));
        }
        // one job at a time: there is one interpreter
        let jobs = interp.jobs.lock().unwrap_or_else(|e| e.into_inner());
        let (reports_tx, reports) = mpsc::channel();
        jobs.send(WorkerJob {
            job: job.clone(),
            reports: reports_tx,
        })
        .map_err(|_| RunnerError::Harness("the embedded interpreter's thread has ended".into()))?;
        let mut watch = Watch::new(shared, job);
        let mut reported = 0usize;
        let mut deliver = |on_event: &mut dyn FnMut(RunEvent)| {
            for (index, outcome) in shared.drain() {
                reported = index + 1;
                on_event(RunEvent::Case { index, outcome });
            }
            reported
        };
        loop {
            let report = reports.recv_timeout(POLL);
            deliver(on_event);
            match report {
                Ok(Report::LoadFailed(failure)) => on_event(RunEvent::LoadFailed(failure)),
                Ok(Report::Done(result)) => return result.map_err(RunnerError::Harness),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if watch.check() == Verdict::GiveUp {
                        shared.poisoned.store(true, Ordering::SeqCst);
                        give_up(job, deliver(on_event), on_event);
                        return Ok(());
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(RunnerError::Harness(
                        "the embedded interpreter's thread has ended".into(),
                    ));
                }
            }
        }
    }
}

/// The run cannot go on: the case that would not stop and every case
/// after it are TLE.
fn give_up(job: &Job, reported: usize, on_event: &mut dyn FnMut(RunEvent)) {
    for index in reported..job.cases.len() {
        on_event(RunEvent::Case {
            index,
            outcome: CaseOutcome::cut_off(CaseStatus::TimedOut { cpu: true }, 0.0),
        });
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Fine,
    GiveUp,
}

/// The coordinator's view of the running case.
struct Watch<'a> {
    shared: &'a Shared,
    cpu_limit: Duration,
    wall_limit: Duration,
    /// The case last seen, when it started (ns since the epoch), and the
    /// Python thread's CPU clock when it was first seen.
    seen: Option<(usize, i64, Duration)>,
    last_interrupt: Option<std::time::Instant>,
}

impl<'a> Watch<'a> {
    fn new(shared: &'a Shared, job: &Job) -> Watch<'a> {
        Watch {
            shared,
            // as in the process runner: no case is stopped before its CPU limit (+20 ms)
            cpu_limit: Duration::from_millis(job.limits.cpu_ms) + Duration::from_millis(20),
            wall_limit: Duration::from_millis(job.limits.wall_ms),
            seen: None,
            last_interrupt: None,
        }
    }

    fn thread_cpu(&self) -> Duration {
        let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: reading another thread's CPU clock, whose id we were given.
        unsafe { libc::clock_gettime(self.shared.cpu_clock, &mut ts) };
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    }

    fn check(&mut self) -> Verdict {
        let case = self.shared.current.load(Ordering::SeqCst);
        if case == IDLE {
            return Verdict::Fine;
        }
        let started = self.shared.started_ns.load(Ordering::SeqCst);
        if self.seen.map(|(c, s, _)| (c, s)) != Some((case, started)) {
            self.seen = Some((case, started, self.thread_cpu()));
            self.last_interrupt = None;
        }
        let (_, _, cpu_at_start) = self.seen.unwrap_or((case, started, Duration::ZERO));
        let now = self.shared.epoch.elapsed().as_nanos() as i64;
        let wall = Duration::from_nanos((now - started).max(0) as u64);
        let cpu = self.thread_cpu().saturating_sub(cpu_at_start);
        let wall_limit = if case == LOADING {
            self.wall_limit + LOAD_ALLOWANCE
        } else {
            self.wall_limit
        };
        let reason = if cpu >= self.cpu_limit {
            Reason::Cpu
        } else if wall >= wall_limit {
            Reason::Wall
        } else {
            return Verdict::Fine;
        };
        if wall >= wall_limit.max(self.cpu_limit) + HARD_GRACE {
            return Verdict::GiveUp;
        }
        if self.last_interrupt.is_none_or(|t| t.elapsed() >= REPEAT) {
            self.shared.reason.store(reason as u8, Ordering::SeqCst);
            // SAFETY: signalling our own Python thread; its handler (installed
            // by the harness) raises TimeLimitExceeded while a case runs.
            unsafe { libc::pthread_kill(self.shared.thread, INTERRUPT_SIGNAL) };
            self.last_interrupt = Some(std::time::Instant::now());
        }
        Verdict::Fine
    }
}
