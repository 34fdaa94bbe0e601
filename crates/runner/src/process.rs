//! The process runner: one Python child per submission runs every case, as
//! JSON lines over pipes. A case that times out, floods its output or kills
//! the process costs that child; the remaining cases go on in a fresh one.

use std::process::ExitStatus;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use crate::child::{HarnessChild, Next, SpawnSpec, signal_name, terminating_signal};
use crate::outcome::{CaseOutcome, CaseStatus, LoadFailure, RunEvent};
use crate::protocol::{CaseResult, HarnessEvent, case_frames, setup_frame};
use crate::sandbox::SandboxPolicy;
use crate::{HarnessFile, Interpreter, Job, Runner, RunnerError, WarmPool};

/// Time allowed for the interpreter to start and the solution module to
/// load, on top of one case's wall limit.
const LOAD_ALLOWANCE: Duration = Duration::from_secs(5);

/// How long a child whose result channel closed may take to exit.
const EXIT_GRACE: Duration = Duration::from_secs(2);

/// How long a batched result may wait in the harness before it is sent
/// (the harness flushes every 2 ms), on top of a case's wall limit.
const FLUSH_SLACK: Duration = Duration::from_millis(20);

/// Exit code of the harness when it failed itself.
const HARNESS_FAILURE_CODE: i32 = 70;
/// Exit code of a warm pool's child that could not enter its sandbox.
const SANDBOX_FAILURE_CODE: i32 = 71;

#[derive(Debug, Clone)]
pub struct ProcessRunner {
    python: Interpreter,
    harness: Arc<HarnessFile>,
    pool: Option<Arc<WarmPool>>,
    sandbox: Arc<SandboxPolicy>,
}

impl ProcessRunner {
    /// A runner that starts an interpreter per submission.
    pub fn new(python: Interpreter, harness: Arc<HarnessFile>) -> ProcessRunner {
        let sandbox = Arc::new(SandboxPolicy::detect(&python, harness_dir(&harness)));
        ProcessRunner {
            python,
            harness,
            pool: None,
            sandbox,
        }
    }

    /// A runner that forks submissions from a warm harness: worth it when
    /// one judge process runs many submissions (a bank check, a practice
    /// session). Falls back to starting interpreters if the pool fails.
    pub fn with_warm_pool(python: Interpreter, harness: Arc<HarnessFile>) -> std::io::Result<ProcessRunner> {
        let pool = WarmPool::start(&python, &harness)?;
        let mut sandbox = SandboxPolicy::detect(&python, harness_dir(&harness));
        sandbox.protect(&[pool.pid()]);
        let sandbox = Arc::new(sandbox);
        Ok(ProcessRunner {
            python,
            harness,
            pool: Some(Arc::new(pool)),
            sandbox,
        })
    }

    /// What the sandbox does on this machine.
    pub fn sandbox(&self) -> &SandboxPolicy {
        &self.sandbox
    }

    pub fn python(&self) -> &Interpreter {
        &self.python
    }
}

impl Runner for ProcessRunner {
    fn name(&self) -> &'static str {
        "process"
    }

    fn python_version(&self) -> String {
        self.python.version_text()
    }

    fn isolation(&self) -> crate::Isolation {
        crate::Isolation {
            layers: self.sandbox.active(),
            warnings: self.sandbox.warnings(),
        }
    }

    fn run(&self, job: &Job, on_event: &mut dyn FnMut(RunEvent)) -> Result<(), RunnerError> {
        // A small runtime per run: runs on any thread, many at once.
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        runtime.block_on(self.run_job(job, on_event))
    }
}

/// How a child's stint ended.
enum Stint {
    /// Every remaining case got its result.
    Finished,
    /// The solution did not load.
    LoadFailed,
    /// A case cost the child; start a fresh one for the rest.
    Restart,
    /// A batched child died or hung with results unsent: which case did it
    /// is unknown, so the rest runs again strictly.
    Unattributed,
    /// A case timed out and the job asked to stop there.
    Stopped,
    /// The interpreter failed during case `*next` (SystemError): the case
    /// runs again in a fresh process.
    Retry,
}

impl ProcessRunner {
    async fn run_job(&self, job: &Job, on_event: &mut dyn FnMut(RunEvent)) -> Result<(), RunnerError> {
        let mut next = 0;
        // Results come back in batches (one write for many fast cases) until
        // a case costs a child; from then on, one write per case. A run
        // that stops at its first timeout writes one by one from the start:
        // a timeout in a batch would have to be run again to be attributed.
        let mut batched = !job.stop_at_timeout;
        // the case that has already had its second chance in a fresh process
        let mut retried = None;
        while next < job.cases.len() {
            // A directory per child: a copy of the solution (the only file
            // of the judge's it may read) and an empty working directory
            // (the only place it may write).
            let run = tempfile::Builder::new().prefix("judge-run-").tempdir()?;
            let (solution_dir, workdir) = (run.path().join("solution"), run.path().join("work"));
            std::fs::create_dir(&solution_dir)?;
            std::fs::create_dir(&workdir)?;
            let solution = solution_dir.join("solution.py");
            // the bytes read at the start of the run, never the file as it is now
            std::fs::write(&solution, &job.solution.code)?;
            let driver = match &job.driver {
                Some(path) => {
                    let copy = solution_dir.join("driver.py");
                    std::fs::copy(path, &copy)?;
                    Some(copy.to_string_lossy().into_owned())
                }
                None => None,
            };
            let sandbox = Arc::new(self.sandbox.for_submission(&solution_dir, &workdir)?);
            let mut child = HarnessChild::spawn(&SpawnSpec {
                python: &self.python,
                harness: self.harness.path(),
                mode: "run",
                site_packages: job.site_packages,
                memory_bytes: Some(job.limits.memory_bytes),
                output_limit: job.limits.output_bytes,
                workdir: &workdir,
                pool: self.pool.as_deref(),
                sandbox: Some(sandbox),
            })?;
            let mut requests = setup_frame(job, &solution.to_string_lossy(), driver.as_deref(), batched);
            requests.extend_from_slice(&case_frames(job, next));
            child.feed_all(requests);
            match self
                .stint(&mut child, job, batched, &mut next, retried, on_event)
                .await?
            {
                // every result is in: the child is not waited for (dropping
                // it kills its group; its end is reaped in the background)
                Stint::Finished => {}
                Stint::LoadFailed | Stint::Stopped => return Ok(()),
                Stint::Restart => {}
                Stint::Unattributed => batched = false,
                Stint::Retry => retried = Some(next),
            }
        }
        Ok(())
    }

    /// Runs cases from `*next` on in one child.
    async fn stint(
        &self,
        child: &mut HarnessChild,
        job: &Job,
        batched: bool,
        next: &mut usize,
        retried: Option<usize>,
        on_event: &mut dyn FnMut(RunEvent),
    ) -> Result<Stint, RunnerError> {
        let wall = Duration::from_millis(job.limits.wall_ms);
        let load_failure = load(child, Instant::now() + wall + LOAD_ALLOWANCE).await?;
        if let Some(failure) = load_failure {
            on_event(RunEvent::LoadFailed(failure));
            return Ok(Stint::LoadFailed);
        }

        let mut rss_kb = None;
        let mut watch = CpuWatch::start(child.pid(), job.limits.cpu_ms);
        let half_limit = Duration::from_millis(job.limits.cpu_ms / 2);
        while *next < job.cases.len() {
            let index = *next;
            let started = Instant::now();
            let deadline = started + wall + FLUSH_SLACK;
            // a fast case is waited for in one go; a long one is looked at
            // every POLL from half its CPU limit on
            let mut until = (started + half_limit).min(deadline);
            let event = loop {
                match child.next_event(until).await {
                    Next::TimedOut if Instant::now() < deadline => {
                        if watch.over_limit() {
                            break Next::TimedOut;
                        }
                        until = (Instant::now() + CpuWatch::POLL).min(deadline);
                    }
                    other => break other,
                }
            };
            let cut = match event {
                Next::Event(HarnessEvent::Result(result)) if result.id == index => {
                    if result.suspect && retried != Some(index) {
                        // the harness ends after such a result
                        child.exit_status(EXIT_GRACE).await;
                        return Ok(Stint::Retry);
                    }
                    watch.record(result.cpu_ms);
                    rss_kb = result.rss_kb.or(rss_kb);
                    on_event(RunEvent::Case {
                        index,
                        outcome: outcome_of(result, rss_kb),
                    });
                    *next += 1;
                    continue;
                }
                Next::Closed => {
                    let (status, killed) = child.exit_status(EXIT_GRACE).await;
                    let stderr = child.stderr().await.text();
                    died(status, killed, &stderr, false)?
                }
                Next::TimedOut => {
                    child.kill().await;
                    // before the wall deadline: the CPU watch stopped it
                    CaseStatus::TimedOut {
                        cpu: Instant::now() < deadline,
                    }
                }
                Next::OutputOverflow => {
                    child.kill().await;
                    CaseStatus::OutputExceeded
                }
                Next::Event(HarnessEvent::Internal(message)) => harness_failed_after_solution(&message),
                // The harness writes only well-formed results, in order: any
                // other frame on the result channel was written by the solution.
                Next::Event(_) | Next::Garbled(_) => {
                    child.kill().await;
                    CaseStatus::Crashed {
                        description: WROTE_INTO_CHANNEL.into(),
                    }
                }
            };
            if batched {
                return Ok(Stint::Unattributed);
            }
            let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
            let timed_out = matches!(cut, CaseStatus::TimedOut { .. });
            on_event(RunEvent::Case {
                index,
                outcome: CaseOutcome::cut_off(cut, elapsed_ms),
            });
            *next += 1;
            if timed_out && job.stop_at_timeout {
                return Ok(Stint::Stopped);
            }
            return Ok(Stint::Restart);
        }
        Ok(Stint::Finished)
    }
}

/// The load of the solution: `None` when it is ready. Until the harness
/// says `loading`, no code of the solution's has run, so a failure is the
/// judge's (IE); from then on, anything odd is the solution's doing.
async fn load(child: &mut HarnessChild, deadline: Instant) -> Result<Option<LoadFailure>, RunnerError> {
    let mut started = false;
    loop {
        return Ok(Some(match child.next_event(deadline).await {
            Next::Event(HarnessEvent::Loading) if !started => {
                started = true;
                continue;
            }
            Next::Event(HarnessEvent::Ready) if started => return Ok(None),
            Next::Event(HarnessEvent::LoadFailed(failure)) if started => {
                child.exit_status(EXIT_GRACE).await;
                failure
            }
            Next::Closed => {
                let (status, killed) = child.exit_status(EXIT_GRACE).await;
                let stderr = child.stderr().await.text();
                load_failure_from_death(died(status, killed, &stderr, !started)?)
            }
            Next::TimedOut => {
                child.kill().await;
                LoadFailure::TimedOut
            }
            Next::OutputOverflow => {
                child.kill().await;
                LoadFailure::OutputExceeded
            }
            Next::Event(HarnessEvent::Internal(message)) if started => {
                child.kill().await;
                load_failure_from_death(harness_failed_after_solution(&message))
            }
            other if started => {
                child.kill().await;
                LoadFailure::Crashed {
                    description: format!("{}: {other:?}", WROTE_INTO_CHANNEL),
                }
            }
            other => return Err(unexpected(other, "the harness's start")),
        }));
    }
}

const WROTE_INTO_CHANNEL: &str = "the solution wrote into the judge's result channel (fd 4)";

/// The harness reported its own failure after the solution's code had run:
/// the solution's doing (it can break what the harness needs, or forge the
/// report), never an internal error.
fn harness_failed_after_solution(message: &str) -> CaseStatus {
    let last = message.trim().lines().last().unwrap_or_default();
    CaseStatus::Crashed {
        description: format!(
            "the harness could not go on after the solution's code ran (the solution broke what it needs: \
             fds 3/4, memory, or wrote on its result channel): {last}"
        ),
    }
}

fn unexpected(next: Next, during: &str) -> RunnerError {
    match next {
        Next::Event(HarnessEvent::Internal(message)) => RunnerError::Harness(message),
        Next::Garbled(message) => RunnerError::Protocol(message),
        other => RunnerError::Protocol(format!("unexpected {other:?} during {during}")),
    }
}

fn outcome_of(result: CaseResult, rss_kb: Option<u64>) -> CaseOutcome {
    CaseOutcome {
        status: result.status,
        cpu_ms: Some(result.cpu_ms),
        wall_ms: result.wall_ms,
        peak_rss_kb: rss_kb,
        stdout: result.stdout,
        stderr: result.stderr,
    }
}

/// What the death of the child means. Before the solution has run
/// (`before_solution`: the harness had not yet said `loading`), a harness
/// that failed by itself (exit 70) or a child that could not enter its
/// sandbox (71) is the judge's fault, an error. After it, every death is
/// the solution's: it can exit with any code and write anything to stderr.
fn died(
    status: Option<ExitStatus>,
    killed_by_judge: bool,
    stderr: &str,
    before_solution: bool,
) -> Result<CaseStatus, RunnerError> {
    if killed_by_judge {
        return Ok(CaseStatus::Crashed {
            description: "the solution closed the judge's result channel and kept running".into(),
        });
    }
    let Some(status) = status else {
        return Ok(CaseStatus::Crashed {
            description: "the process ended in an unknown way".into(),
        });
    };
    if let Some(signal) = terminating_signal(&status) {
        let memory_trouble = stderr.contains("MemoryError") || stderr.contains("Cannot allocate memory");
        return Ok(match signal {
            libc::SIGPROF | libc::SIGXCPU => CaseStatus::TimedOut { cpu: true },
            libc::SIGABRT | libc::SIGSEGV | libc::SIGKILL if memory_trouble => CaseStatus::MemoryExceeded,
            libc::SIGSEGV => CaseStatus::Crashed {
                description: "the process crashed with SIGSEGV (a segmentation fault; very deep recursion \
                              overflowing the C stack is the usual cause)"
                    .into(),
            },
            other => CaseStatus::Crashed {
                description: format!("the process was killed by {}", signal_name(other)),
            },
        });
    }
    match status.code() {
        Some(HARNESS_FAILURE_CODE) if before_solution => Err(RunnerError::Harness(stderr.to_owned())),
        Some(SANDBOX_FAILURE_CODE) if before_solution => Err(RunnerError::Harness(format!(
            "the sandbox could not be entered: {}",
            stderr.trim()
        ))),
        Some(code) if before_solution => Err(RunnerError::Harness(format!(
            "the interpreter exited with code {code} before the solution was loaded: {}",
            stderr.trim()
        ))),
        Some(code) => Ok(CaseStatus::Crashed {
            description: format!(
                "the process exited with code {code} after the solution's code ran: os._exit, or the \
                 harness could not go on (the solution used up file descriptors or memory, or closed fds 3/4)"
            ),
        }),
        None => Ok(CaseStatus::Crashed {
            description: "the process ended in an unknown way".into(),
        }),
    }
}

fn load_failure_from_death(status: CaseStatus) -> LoadFailure {
    match status {
        CaseStatus::TimedOut { .. } => LoadFailure::TimedOut,
        CaseStatus::MemoryExceeded => LoadFailure::MemoryExceeded,
        CaseStatus::Crashed { description } => LoadFailure::Crashed { description },
        other => LoadFailure::Crashed {
            description: format!("{other:?}"),
        },
    }
}

/// The judge's own watch on a case's CPU time, from the kernel's count
/// (`/proc/PID/stat`), not from anything the child says: a solution
/// controls its process, so it could disarm the harness's CPU timer. The
/// harness's timer ends a runaway case at 1.1-1.2 x the limit; past 1.2 x
/// (+50 ms) the judge does it itself.
struct CpuWatch {
    pid: libc::pid_t,
    kill_at_ms: f64,
    /// The process's CPU time at the last reading, and what the harness
    /// reported for the cases since: the difference is the running case's.
    baseline_ms: Option<f64>,
    reported_ms: f64,
    cases: usize,
}

impl CpuWatch {
    /// Re-read the kernel's count at least this often, so that the
    /// harness's own time between cases stays a small error.
    const EVERY: usize = 256;
    /// How often a long case is looked at.
    const POLL: Duration = Duration::from_millis(50);

    fn start(pid: libc::pid_t, limit_ms: u64) -> CpuWatch {
        CpuWatch {
            pid,
            kill_at_ms: limit_ms as f64 * 1.2 + 50.0,
            baseline_ms: process_cpu_ms(pid),
            reported_ms: 0.0,
            cases: 0,
        }
    }

    /// A case has ended, having used `reported` ms (the harness's word:
    /// only used to tell the next cases' time from this one's).
    fn record(&mut self, reported: f64) {
        self.reported_ms += reported;
        self.cases += 1;
        if self.cases >= Self::EVERY {
            self.baseline_ms = process_cpu_ms(self.pid);
            self.reported_ms = 0.0;
            self.cases = 0;
        }
    }

    /// Whether the running case is past the limit, by the kernel's count.
    fn over_limit(&self) -> bool {
        match (self.baseline_ms, process_cpu_ms(self.pid)) {
            (Some(before), Some(now)) => now - before - self.reported_ms > self.kill_at_ms,
            _ => false,
        }
    }
}

/// User plus system CPU time of a process, from `/proc/PID/stat`.
fn process_cpu_ms(pid: libc::pid_t) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // the command name may hold spaces: fields are counted after its ")"
    let fields: Vec<&str> = stat.get(stat.rfind(')')? + 2..)?.split_whitespace().collect();
    let (utime, stime): (f64, f64) = (fields.get(11)?.parse().ok()?, fields.get(12)?.parse().ok()?);
    // SAFETY: plain getter.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Some((utime + stime) * 1000.0 / ticks)
}

fn harness_dir(harness: &HarnessFile) -> &std::path::Path {
    harness.path().parent().unwrap_or(std::path::Path::new("."))
}
