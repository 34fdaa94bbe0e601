//! The process runner: one Python child per submission runs every case, as
//! JSON lines over pipes. A case that times out, floods its output or kills
//! the process costs that child; the remaining cases go on in a fresh one.

use std::path::PathBuf;
use std::process::ExitStatus;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use judge_model::CaseInput;

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
        sweep_stale_run_dirs();
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
        sweep_stale_run_dirs();
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
    /// The kernel counted more CPU time for the cases from `*next` to `to`
    /// than the harness reported: each runs again alone in a process, where
    /// the kernel's count is that case's.
    Unexplained { to: usize },
}

/// How a child runs its cases.
#[derive(Debug, Clone, Copy)]
struct Mode<'a> {
    /// Results come in batches (one write for many fast cases).
    batched: bool,
    /// The child runs one case only, so that the kernel's count of its CPU
    /// time is that case's alone.
    alone: bool,
    /// An interactive case's interactor: stopped before the solution is,
    /// at its time limit.
    interactor: Option<&'a crate::interactor::RunningInteractor>,
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
        // cases before this one run alone, one process each (see `settle`)
        let mut alone_until = 0;
        if job.interaction.is_some() {
            // an interactive case's pipes are its process's: one case each
            batched = false;
            alone_until = job.cases.len();
        }
        while next < job.cases.len() {
            let mut mode = Mode {
                batched,
                alone: next < alone_until,
                interactor: None,
            };
            // A directory per child: a copy of the solution (the only file
            // of the judge's it may read) and an empty working directory
            // (the only place it may write).
            let run = tempfile::Builder::new().prefix(&run_dir_prefix()).tempdir()?;
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
            // started before the solution's process, which gets the other
            // ends of its pipes
            let interactor = match &job.interaction {
                Some(interaction) => {
                    let input = match job.cases.get(next) {
                        Some(CaseInput::Stdin(text)) => text.as_str(),
                        _ => "",
                    };
                    Some(interaction.start(next, input).map_err(|source| RunnerError::Spawn {
                        path: interaction.command.first().map(PathBuf::from).unwrap_or_default(),
                        source,
                    })?)
                }
                None => None,
            };
            let mut child = HarnessChild::spawn(&SpawnSpec {
                python: &self.python,
                harness: self.harness.path(),
                mode: "run",
                site_packages: job.site_packages,
                memory_bytes: Some(job.limits.memory_bytes),
                output_limit: job.limits.output_bytes,
                max_frame: job.limits.frame_bytes(),
                workdir: &workdir,
                // the pool's children get fds 0-4 only
                pool: self.pool.as_deref().filter(|_| interactor.is_none()),
                sandbox: Some(sandbox),
                interaction: interactor.as_ref().map(|(_, ends)| ends),
            })?;
            // the child has its copies: the judge's would keep the
            // interactor from ever seeing the solution's end of file
            let interactor = interactor.map(|(running, _ends)| running);
            let mut requests = setup_frame(job, &solution.to_string_lossy(), driver.as_deref(), mode.batched);
            let last = if mode.alone { next + 1 } else { job.cases.len() };
            requests.extend_from_slice(&case_frames(job, next..last));
            child.feed_all(requests);
            let stint = match interactor {
                None => self.stint(&mut child, job, mode, &mut next, retried, on_event).await?,
                Some(interactor) => {
                    // the case's event waits for the interactor's end
                    let mut events = Vec::new();
                    mode.interactor = Some(&interactor);
                    let stint = self
                        .stint(&mut child, job, mode, &mut next, retried, &mut |e| events.push(e))
                        .await;
                    // the solution's ends of the pipes close with its process
                    drop(child);
                    // a solution that did not load, or ran out of time, leaves
                    // the interactor nothing to decide
                    let stopped = events.iter().any(|e| match e {
                        RunEvent::LoadFailed(_) => true,
                        RunEvent::Case { outcome, .. } => matches!(outcome.status, CaseStatus::TimedOut { .. }),
                    });
                    let run = interactor.finish(stopped || stint.is_err())?;
                    for mut event in events {
                        if let RunEvent::Case { outcome, .. } = &mut event {
                            outcome.interactor = Some(run.clone());
                        }
                        on_event(event);
                    }
                    stint?
                }
            };
            match stint {
                // every result is in: dropping the child kills its group
                // and reaps it (the judge exits with no child left behind)
                Stint::Finished => {}
                Stint::LoadFailed | Stint::Stopped => return Ok(()),
                Stint::Restart => {}
                Stint::Unattributed => batched = false,
                Stint::Retry => retried = Some(next),
                Stint::Unexplained { to } => alone_until = to,
            }
        }
        Ok(())
    }

    /// Runs cases from `*next` on in one child.
    async fn stint(
        &self,
        child: &mut HarnessChild,
        job: &Job,
        mode: Mode<'_>,
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
        // results of the current arrival (what one read brought), handed on
        // only once the kernel's count of the CPU they used agrees
        let mut held: Vec<CaseResult> = Vec::new();
        let mut held_bytes = 0;
        let end = if mode.alone { *next + 1 } else { job.cases.len() };
        while *next < end {
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
            let event = match event {
                Next::Event(HarnessEvent::Result(result)) if result.id == index => {
                    held_bytes += result.frame_bytes;
                    held.push(result);
                    *next += 1;
                    // an arrival is settled in parts of at most a frame's
                    // size, so that few large results are held at once
                    if child.frame_ready() && held_bytes < job.limits.frame_bytes() {
                        continue;
                    }
                    None
                }
                other => Some(other),
            };
            // the arrival is complete (or cut short): settle it first
            held_bytes = 0;
            if !held.is_empty() {
                // A forked child that ran its one case and left at once has
                // been reaped by the zygote: its /proc entry is gone, and the
                // kernel's count came with its exit. Without it, the case's
                // reported time would be all there is to believe.
                if mode.alone && child.is_forked() && process_cpu_ms(child.pid()).is_none() {
                    child.exit_status(EXIT_GRACE).await;
                    watch.ended_total_ms = child.cpu_at_exit_ms();
                }
                match settle(&mut held, &mut watch, mode.alone, retried, &mut rss_kb, on_event) {
                    Settled::Handed if job.stop.is_stopped() => return Ok(Stint::Stopped),
                    Settled::Handed => {}
                    Settled::Retry(at) => {
                        *next = at;
                        // the harness ends after such a result
                        child.exit_status(EXIT_GRACE).await;
                        return Ok(Stint::Retry);
                    }
                    Settled::Unexplained(from) => {
                        let to = *next;
                        *next = from;
                        return Ok(Stint::Unexplained { to });
                    }
                }
            }
            let Some(event) = event else { continue };
            let cut = match event {
                Next::Closed => {
                    let (status, killed) = child.exit_status(EXIT_GRACE).await;
                    let stderr = child.stderr().await.text();
                    died(status, killed, &stderr, false)?
                }
                Next::TimedOut => {
                    if let Some(interactor) = mode.interactor {
                        interactor.stop();
                    }
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
            if mode.batched {
                return Ok(Stint::Unattributed);
            }
            let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
            let timed_out = matches!(cut, CaseStatus::TimedOut { .. });
            on_event(RunEvent::Case {
                index,
                outcome: CaseOutcome::cut_off(cut, elapsed_ms),
            });
            *next += 1;
            if (timed_out && job.stop_at_timeout) || job.stop.is_stopped() {
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
    if let Some(status) = crate::driver_failed_in_test(message) {
        return status;
    }
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
        interactor: None,
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

/// The judge's own count of the CPU time a child uses, from the kernel
/// (`/proc/PID/stat`: every thread, dead ones included), never from
/// anything the child says: a solution runs in the harness's interpreter
/// and can forge what the harness reports, or disarm its CPU timer.
///
/// The count is read at each arrival of results; what the kernel counted
/// since the previous arrival is what those cases (and the harness's work
/// on them) used. The running case is looked at from half its limit on,
/// and killed past 1.2 x the limit (+50 ms).
struct CpuWatch {
    pid: libc::pid_t,
    limit_ms: f64,
    kill_at_ms: f64,
    /// The kernel's count at the last arrival.
    baseline_ms: Option<f64>,
    /// The count at the child's end, when it has ended and been reaped by
    /// another (the warm pool's zygote): /proc can no longer tell it.
    ended_total_ms: Option<f64>,
}

impl CpuWatch {
    /// How often a long case is looked at.
    const POLL: Duration = Duration::from_millis(50);
    /// The kernel counts in clock ticks (10 ms): a count may be this far
    /// off the harness's exact one.
    const TICKS_MS: f64 = 20.0;

    fn start(pid: libc::pid_t, limit_ms: u64) -> CpuWatch {
        CpuWatch {
            pid,
            limit_ms: limit_ms as f64,
            kill_at_ms: limit_ms as f64 * 1.2 + 50.0,
            baseline_ms: process_cpu_ms(pid),
            ended_total_ms: None,
        }
    }

    /// What the kernel counted since the last arrival; the count starts
    /// again from now.
    fn arrival(&mut self) -> Option<f64> {
        let now = process_cpu_ms(self.pid).or(self.ended_total_ms);
        let used = match (self.baseline_ms, now) {
            (Some(before), Some(now)) => Some(now - before),
            _ => None,
        };
        self.baseline_ms = now.or(self.baseline_ms);
        used
    }

    /// The child's peak resident memory so far, by the kernel (VmHWM):
    /// the harness's own figure (getrusage) cannot serve, as it starts
    /// from the judge's memory at the fork and is the solution's to forge.
    fn peak_rss_kb(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line["VmHWM:".len()..].trim().trim_end_matches("kB").trim().parse().ok()
    }

    /// More unexplained CPU time than honest work explains: the harness's
    /// own between cases is microseconds, and a child that runs ahead of
    /// the judge's reading a little more; a fifth of the limit and 50 ms
    /// are far more than either.
    fn unexplained(&self, counted_ms: f64, reported_ms: f64) -> bool {
        counted_ms - reported_ms > self.limit_ms * 0.2 + 50.0
    }

    /// Whether the running case is past the limit, by the kernel's count.
    fn over_limit(&self) -> bool {
        match (self.baseline_ms, process_cpu_ms(self.pid)) {
            (Some(before), Some(now)) => now - before > self.kill_at_ms,
            _ => false,
        }
    }
}

/// What became of an arrival's results.
enum Settled {
    /// Handed on, in order.
    Handed,
    /// The last one is suspect (SystemError) and gets a second chance at
    /// this index; those before it were handed on.
    Retry(usize),
    /// The kernel counted more than they reported: none was handed on; they
    /// run again alone, from this index.
    Unexplained(usize),
}

/// Hands on the results of one arrival once the kernel's count agrees
/// with what the harness reported for them. A reported time that is not a
/// time (NaN, negative, infinite) is the solution's tampering: RE.
fn settle(
    held: &mut Vec<CaseResult>,
    watch: &mut CpuWatch,
    alone: bool,
    retried: Option<usize>,
    rss_kb: &mut Option<u64>,
    on_event: &mut dyn FnMut(RunEvent),
) -> Settled {
    let counted = watch.arrival();
    // one reading for the arrival: a peak so far, as each case reports it
    if let Some(peak) = watch.peak_rss_kb() {
        *rss_kb = Some(peak);
    }
    let reported: f64 = held
        .iter()
        .map(|r| if r.cpu_ms.is_finite() { r.cpu_ms.max(0.0) } else { 0.0 })
        .sum();
    let first = held.first().map_or(0, |r| r.id);
    // a child gone before its CPU could be read (it reported, then left at
    // once, and its parent reaped it) cannot be checked: run alone again
    if counted.is_none() && !alone && !held.is_empty() {
        held.clear();
        return Settled::Unexplained(first);
    }
    if let Some(counted) = counted {
        if !alone && watch.unexplained(counted, reported) {
            held.clear();
            return Settled::Unexplained(first);
        }
        // alone, the child did nothing else: the kernel's count is the
        // case's, and where the harness said less, the kernel is believed
        if alone && counted - reported > CpuWatch::TICKS_MS {
            if let Some(only) = held.first_mut() {
                only.cpu_ms = counted;
            }
        }
    }
    for result in held.drain(..) {
        if result.suspect && retried != Some(result.id) {
            return Settled::Retry(result.id);
        }
        let index = result.id;
        let impossible = |t: f64| !t.is_finite() || t < 0.0;
        let outcome = if impossible(result.cpu_ms) || impossible(result.wall_ms) {
            CaseOutcome::cut_off(
                CaseStatus::Crashed {
                    description: format!(
                        "the harness's report was tampered with: an impossible time (CPU {} ms, wall {} ms)",
                        result.cpu_ms, result.wall_ms
                    ),
                },
                0.0,
            )
        } else {
            outcome_of(result, *rss_kb)
        };
        on_event(RunEvent::Case { index, outcome });
    }
    Settled::Handed
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

/// The name a run's directory starts with: `judge-run-PID-`, so that a
/// judge that ended without removing its directories (an abort, SIGKILL)
/// can be told from one still running.
fn run_dir_prefix() -> String {
    format!("{RUN_DIR}{}-", std::process::id())
}

const RUN_DIR: &str = "judge-run-";

/// Removes the run directories that judges no longer alive left in the
/// temporary directory. Their processes died with them (`die_with_parent`).
fn sweep_stale_run_dirs() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(RUN_DIR))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<libc::pid_t>().ok())
        else {
            continue;
        };
        // SAFETY: signal 0 only asks whether the process exists.
        let alive =
            unsafe { libc::kill(pid, 0) } == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
        if !alive {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn harness_dir(harness: &HarnessFile) -> &std::path::Path {
    harness.path().parent().unwrap_or(std::path::Path::new("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_child_reaped_by_another_is_counted_by_its_end() {
        // a process that has come and gone: /proc has nothing on it
        let mut gone = std::process::Command::new("true").spawn().expect("true runs");
        let pid = gone.id() as libc::pid_t;
        gone.wait().expect("reaped");
        let mut watch = CpuWatch {
            pid,
            limit_ms: 500.0,
            kill_at_ms: 650.0,
            baseline_ms: Some(40.0),
            ended_total_ms: None,
        };
        assert_eq!(watch.arrival(), None, "nothing to count by");
        // the zygote's count at the reaping
        watch.ended_total_ms = Some(615.0);
        assert_eq!(watch.arrival(), Some(575.0));
    }
}
