//! The Python thread: it initialises the interpreter (so that it is
//! Python's main thread, where signal handlers run), and runs every job's
//! cases through `sandbox/harness.py`, loaded as a module.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use judge_model::Value;
use judge_runner::{CaseOutcome, CaseStatus, Job, JobKind, LoadFailure, harness_data};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::convert::{case_to_py, to_value};
use crate::memory;

/// The signal the coordinator sends to interrupt a case.
pub(crate) const INTERRUPT_SIGNAL: libc::c_int = libc::SIGUSR2;

/// No case is running.
pub(crate) const IDLE: usize = usize::MAX;
/// The solution is loading.
pub(crate) const LOADING: usize = usize::MAX - 1;

/// What the coordinator and the worker share without messages.
#[derive(Debug)]
pub(crate) struct Shared {
    /// The case running now (an index), or IDLE / LOADING.
    pub current: AtomicUsize,
    /// When it started, in nanoseconds since `epoch`.
    pub started_ns: AtomicI64,
    pub epoch: Instant,
    /// Why the coordinator last interrupted (see `Reason`).
    pub reason: AtomicU8,
    /// The worker is stuck where Python cannot interrupt it.
    pub poisoned: AtomicBool,
    /// The worker thread, for signals and its CPU clock.
    pub thread: libc::pthread_t,
    pub cpu_clock: libc::clockid_t,
    /// Outcomes not yet taken by the coordinator, which drains them as it
    /// polls: no wake-up per case, and nothing lost if a case never ends.
    pub outcomes: Mutex<Vec<(usize, CaseOutcome)>>,
}

/// Why a case was interrupted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Reason {
    None = 0,
    Cpu = 1,
    Wall = 2,
}

/// What the worker tells the coordinator.
#[derive(Debug)]
pub(crate) enum Report {
    LoadFailed(LoadFailure),
    /// The job is over; an error is the judge's own failure.
    Done(Result<(), String>),
}

#[derive(Debug)]
pub(crate) struct WorkerJob {
    pub job: Job,
    pub reports: mpsc::Sender<Report>,
}

/// Starts CPython as `python -I -S` would: isolated from the environment,
/// without site-packages, and with no signal handlers of its own (the
/// judge's signals stay the judge's).
fn initialize_isolated() -> Result<(), String> {
    // SAFETY: called once, on the thread that will be Python's main thread,
    // before anything else touches Python; the config is initialised by
    // CPython and cleared after use.
    unsafe {
        if pyo3::ffi::Py_IsInitialized() != 0 {
            return Ok(());
        }
        let mut config: pyo3::ffi::PyConfig = std::mem::zeroed();
        pyo3::ffi::PyConfig_InitIsolatedConfig(&mut config);
        config.site_import = 0;
        config.install_signal_handlers = 0;
        let status = pyo3::ffi::Py_InitializeFromConfig(&config);
        pyo3::ffi::PyConfig_Clear(&mut config);
        if pyo3::ffi::PyStatus_Exception(status) != 0 {
            return Err("CPython failed to initialise".into());
        }
        // release the interpreter: pyo3 attaches and detaches per use
        pyo3::ffi::PyEval_SaveThread();
    }
    Ok(())
}

/// Starts the Python thread; returns what it shares and where to send jobs.
pub(crate) fn start() -> Result<(Arc<Shared>, mpsc::Sender<WorkerJob>), String> {
    let (jobs_tx, jobs_rx) = mpsc::channel::<WorkerJob>();
    let (ready_tx, ready_rx) = mpsc::channel::<Result<Arc<Shared>, String>>();
    std::thread::Builder::new()
        .name("judge-python".into())
        .spawn(move || {
            let shared = match init() {
                Ok(s) => s,
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            let _ = ready_tx.send(Ok(shared.clone()));
            serve(&shared, &jobs_rx);
        })
        .map_err(|e| format!("cannot start the Python thread: {e}"))?;
    let shared = ready_rx
        .recv()
        .map_err(|_| "the Python thread ended while starting".to_owned())??;
    Ok((shared, jobs_tx))
}

fn init() -> Result<Arc<Shared>, String> {
    initialize_isolated()?;
    // SAFETY: plain libc calls about the current thread.
    let (thread, cpu_clock) = unsafe {
        let thread = libc::pthread_self();
        let mut clock: libc::clockid_t = 0;
        if libc::pthread_getcpuclockid(thread, &mut clock) != 0 {
            return Err("cannot read the Python thread's CPU clock".into());
        }
        (thread, clock)
    };
    // the harness's modules, imported where their bytecode is cached
    let files = judge_runner::HarnessFile::write().map_err(|e| format!("cannot write the harness: {e}"))?;
    let dir = files.path().parent().unwrap_or(std::path::Path::new(".")).to_owned();
    Python::attach(|py| -> PyResult<()> {
        memory::install();
        let sys = py.import("sys")?;
        let path = sys.getattr("path")?;
        path.call_method1("insert", (0, dir.to_string_lossy()))?;
        let imported = (py.import("harness"), py.import("interpreter_state"));
        path.call_method1("remove", (dir.to_string_lossy(),))?;
        let harness = imported.0?;
        imported.1?;
        let timer = harness.getattr("InterruptTimer")?.call0()?;
        let signal = py.import("signal")?;
        signal.call_method1("signal", (INTERRUPT_SIGNAL, timer.getattr("on_signal")?))?;
        harness.setattr("TIMER", timer)?;
        if let Ok(set) = sys.getattr("set_int_max_str_digits") {
            set.call1((0,))?;
        }
        Ok(())
    })
    .map_err(|e| format!("cannot prepare the embedded Python: {e}"))?;
    Ok(Arc::new(Shared {
        current: AtomicUsize::new(IDLE),
        started_ns: AtomicI64::new(0),
        epoch: Instant::now(),
        reason: AtomicU8::new(Reason::None as u8),
        poisoned: AtomicBool::new(false),
        thread,
        cpu_clock,
        outcomes: Mutex::new(Vec::new()),
    }))
}

fn serve(shared: &Shared, jobs: &mpsc::Receiver<WorkerJob>) {
    while let Ok(WorkerJob { job, reports }) = jobs.recv() {
        let result = Python::attach(|py| run_job(py, shared, &job, &reports));
        shared.current.store(IDLE, Ordering::SeqCst);
        let _ = reports.send(Report::Done(result.map_err(|e| e.to_string())));
    }
}

impl Shared {
    fn push(&self, index: usize, outcome: CaseOutcome) {
        self.outcomes
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((index, outcome));
    }

    /// The outcomes so far, taken.
    pub(crate) fn drain(&self) -> Vec<(usize, CaseOutcome)> {
        std::mem::take(&mut *self.outcomes.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn begin(&self, case: usize) {
        let ns = self.epoch.elapsed().as_nanos() as i64;
        self.started_ns.store(ns, Ordering::SeqCst);
        self.reason.store(Reason::None as u8, Ordering::SeqCst);
        self.current.store(case, Ordering::SeqCst);
    }
}

fn run_job(py: Python<'_>, shared: &Shared, job: &Job, reports: &mpsc::Sender<Report>) -> PyResult<()> {
    let module = py.import("harness")?;
    let isolation = py.import("interpreter_state")?;
    let state = isolation.call_method0("snapshot_state")?;
    // os._exit and the like raise instead of ending the judge (undone with
    // the rest by restore_state)
    isolation.call_method0("guard_exits")?;
    // the problem's forbidden builtins, put back after the submission
    let driver = job.driver.as_ref().map(|d| d.to_string_lossy().into_owned());
    let kept = module.call_method1("forbid", (job.forbid.clone(), true, driver))?;
    let result = run_submission(py, shared, &module, job, reports);
    module.call_method1("unforbid", (kept,))?;
    memory::arm(false);
    // whatever the submission did to the interpreter is undone, even when
    // running it failed
    isolation.call_method1("restore_state", (state,))?;
    result
}

fn run_submission(
    py: Python<'_>,
    shared: &Shared,
    module: &Bound<'_, PyModule>,
    job: &Job,
    reports: &mpsc::Sender<Report>,
) -> PyResult<()> {
    let (kind, entry) = match &job.kind {
        JobKind::Function { entry } => ("function", Some(entry.as_str())),
        JobKind::Class { entry } => ("class", Some(entry.as_str())),
        JobKind::Stdio => ("stdio", None),
        JobKind::Tests { entry } => ("tests", Some(entry.as_str())),
    };
    let solution = std::path::absolute(&job.solution.path)?;
    let timer = module.getattr("TIMER")?;
    let harness = module.getattr("Harness")?.call1((
        kind,
        solution.to_string_lossy(),
        entry,
        job.limits.cpu_ms,
        job.limits.output_bytes,
        &timer,
        job.driver.as_ref().map(|d| d.to_string_lossy().into_owned()),
        // the bytes read once for the whole run, not the file as it is now
        pyo3::types::PyBytes::new(py, &job.solution.code),
        // this thread's CPU time: the process is the judge's, with threads
        // of its own
        module.getattr("thread_clock")?,
    ))?;
    memory::set_budget(job.limits.memory_bytes);
    // a little under the smallest limit the coordinator enforces
    let smallest_ms = job.limits.cpu_ms.min(job.limits.wall_ms);
    timer.setattr("threshold", smallest_ms as f64 * 0.9 / 1000.0)?;

    shared.begin(LOADING);
    memory::arm(true);
    let loaded = harness.call_method0("load");
    memory::arm(false);
    let event = match loaded {
        Err(e) if is_time_limit(py, module, &e) => {
            disarm(&timer)?;
            let _ = reports.send(Report::LoadFailed(LoadFailure::TimedOut));
            return Ok(());
        }
        loaded => loaded?,
    };
    let event = event.cast::<PyTuple>()?;
    if event.get_item(0)?.extract::<String>()? != "ready" {
        let details = to_value(&event.get_item(1)?);
        let mut failure = harness_data::load_failure(&details).map_err(harness_error)?;
        if matches!(failure, LoadFailure::TimedOut) || interrupted(shared).is_some() {
            failure = LoadFailure::TimedOut;
        }
        let _ = reports.send(Report::LoadFailed(failure));
        return Ok(());
    }
    // the harness's own objects never become garbage
    py.import("gc")?.call_method0("freeze")?;

    let run_case = harness.getattr("run_case")?;
    let gc = py.import("gc")?;
    for (index, case) in job.cases.iter().enumerate() {
        let case = case_to_py(py, index, case, job.exceptions_expected.get(index).copied())?;
        // a case during which the interpreter failed (SystemError) runs a
        // second time, after a collection: only a second failure is the
        // solution's (the process runner uses a fresh process)
        let mut result;
        let mut retried = false;
        let started = loop {
            shared.begin(index);
            memory::start_case();
            memory::arm(true);
            let started = Instant::now();
            result = run_case.call1((&case,));
            memory::arm(false);
            let suspect = result.as_ref().is_ok_and(|r| {
                r.get_item(0)
                    .and_then(|s| s.extract::<String>())
                    .is_ok_and(|s| harness_data::unsuspected(&s).1)
            });
            if !suspect || retried {
                break started;
            }
            retried = true;
            gc.call_method0("collect")?;
        };
        let outcome = match result {
            Ok(result) => {
                let result = result.cast::<PyTuple>()?;
                let (mut outcome, bound) = outcome_of(&harness, result, shared)?;
                if let Some(status) = result_cap(module, &harness, index, result, bound, job)? {
                    outcome.status = status;
                    outcome.stdout.clear();
                    outcome.stderr.clear();
                }
                outcome
            }
            Err(e) if is_time_limit(py, module, &e) => {
                disarm(&timer)?;
                CaseOutcome::cut_off(timed_out(shared), started.elapsed().as_secs_f64() * 1000.0)
            }
            Err(e) => match driver_failure(py, module, &e) {
                // as the process runner reports it
                Some(status) => CaseOutcome::cut_off(status, started.elapsed().as_secs_f64() * 1000.0),
                None => return Err(e),
            },
        };
        shared.push(index, outcome);
    }
    Ok(())
}

/// The interrupt is an exception raised wherever Python happens to be: a
/// repeated one can land in the harness's own code after the solution was
/// stopped (while it handles the first), and escape `run_case` or `load`.
/// That is still the case timing out, not the judge failing.
fn is_time_limit(py: Python<'_>, module: &Bound<'_, PyModule>, error: &PyErr) -> bool {
    module
        .getattr("TimeLimitExceeded")
        .is_ok_and(|class| error.matches(py, class).unwrap_or(false))
}

/// The problem's driver failed during a case (`DriverFailed`): the same
/// RE as the process runner gives it (`driver_failed_in_test`).
fn driver_failure(py: Python<'_>, module: &Bound<'_, PyModule>, error: &PyErr) -> Option<CaseStatus> {
    let class = module.getattr("DriverFailed").ok()?;
    if !error.matches(py, class).unwrap_or(false) {
        return None;
    }
    let message = error.value(py).str().ok()?.to_string();
    judge_runner::driver_failed_in_test(&format!("DriverFailed: {message}"))
}

/// Disarms the timer without running Python code, where a pending
/// interrupt could be raised again.
fn disarm(timer: &Bound<'_, PyAny>) -> PyResult<()> {
    timer.setattr("armed", false)
}

fn harness_error(message: String) -> PyErr {
    pyo3::exceptions::PyRuntimeError::new_err(message)
}

/// The coordinator's reason for the last interrupt, if it sent one.
fn interrupted(shared: &Shared) -> Option<Reason> {
    match shared.reason.load(Ordering::SeqCst) {
        1 => Some(Reason::Cpu),
        2 => Some(Reason::Wall),
        _ => None,
    }
}

/// A case stopped by the coordinator: at the CPU limit unless it said the
/// wall clock.
fn timed_out(shared: &Shared) -> CaseStatus {
    CaseStatus::TimedOut {
        cpu: interrupted(shared) != Some(Reason::Wall),
    }
}

/// The status the process runner gives a result that would not fit in a
/// frame (`crate::cap`), asked of the harness only when `bound` (what
/// `outcome_of` found the frame could cost) is over the cap.
fn result_cap(
    module: &Bound<'_, PyModule>,
    harness: &Bound<'_, PyAny>,
    index: usize,
    result: &Bound<'_, PyTuple>,
    bound: usize,
    job: &Job,
) -> PyResult<Option<CaseStatus>> {
    let limit = job.limits.frame_bytes();
    if bound <= limit {
        return Ok(None);
    }
    // under the memory limit, as the process runner's harness encodes
    // its frame: a result too large to encode within it is MLE there too
    memory::arm(true);
    let capped = module.call_method1("result_cap", (harness, index, result, limit));
    memory::arm(false);
    let capped: Option<String> = capped?.extract()?;
    capped
        .map(|status| harness_data::case_status(&status, Value::None).map_err(harness_error))
        .transpose()
}

/// `run_case`'s tuple as an outcome: the same interpretation as the
/// process runner's (`harness_data`), without the wire in between; and at
/// least the bytes the process runner's frame of it would take.
fn outcome_of(
    harness: &Bound<'_, PyAny>,
    result: &Bound<'_, PyTuple>,
    shared: &Shared,
) -> PyResult<(CaseOutcome, usize)> {
    let status: String = result.get_item(0)?.extract()?;
    let status = harness_data::unsuspected(&status).0;
    let payload = result.get_item(1)?;
    let stdout: String = result.get_item(5)?.extract()?;
    let (payload, stdout) = match status {
        "returned" => (to_value(&payload), stdout),
        "exited" => (
            Value::Tuple(vec![Value::Str(stdout), to_value(&payload)]),
            String::new(),
        ),
        "raised" | "ops" | "tested" => (
            to_value(&harness.call_method1("payload_data", (&status, payload))?),
            stdout,
        ),
        _ => (to_value(&payload), stdout),
    };
    let stderr: String = result.get_item(6)?.extract()?;
    let bound = crate::cap::frame_bound(&payload, &stdout, &stderr);
    let mut status = harness_data::case_status(status, payload).map_err(harness_error)?;
    if let CaseStatus::TimedOut { .. } = status {
        status = timed_out(shared);
    }
    let timed_out = matches!(status, CaseStatus::TimedOut { .. });
    let outcome = CaseOutcome {
        status,
        cpu_ms: (!timed_out).then(|| result.get_item(2).and_then(|v| v.extract()).unwrap_or(0.0)),
        wall_ms: result.get_item(3)?.extract()?,
        peak_rss_kb: Some(memory::peak_kb()),
        stdout,
        stderr,
        interactor: None,
    };
    Ok((outcome, bound))
}
