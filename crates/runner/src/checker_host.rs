//! A problem's own `checker.py`, hosted in a Python process of its own
//! (trusted code, never in the solution's process).
//!
//! The host runs on a thread of its own with its own runtime: checks are
//! asked for from inside a runner's callback, where blocking on another
//! runtime is not allowed, but blocking on a channel is.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use judge_model::Value;
use tokio::time::Instant;

use crate::child::{HarnessChild, Next, SpawnSpec};
use crate::protocol::{HarnessEvent, check_frame, checker_setup_frame};
use crate::{Interpreter, RunnerError};

/// How long loading the checker or one `check()` call may take.
const CHECK_TIMEOUT: Duration = Duration::from_secs(30);

/// What `check(input, expected, got)` said.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckerReply {
    pub ok: bool,
    pub message: String,
}

type Reply = Result<CheckerReply, String>;
type Request = (Vec<u8>, mpsc::Sender<Reply>);

#[derive(Debug)]
pub struct CheckerHost {
    requests: Option<mpsc::Sender<Request>>,
    thread: Option<JoinHandle<()>>,
}

impl CheckerHost {
    /// Starts a process that loads `checker` and waits for requests.
    pub fn start(python: &Interpreter, harness: &Path, checker: &Path) -> Result<CheckerHost, RunnerError> {
        let checker = std::path::absolute(checker)?;
        let (python, harness) = (python.clone(), harness.to_owned());
        let (ready_tx, ready_rx) = mpsc::channel::<Result<(), RunnerError>>();
        let (requests, inbox) = mpsc::channel::<Request>();
        let thread = std::thread::Builder::new()
            .name("checker-host".into())
            .spawn(move || serve(&python, &harness, &checker, &ready_tx, &inbox))?;
        match ready_rx.recv() {
            Ok(Ok(())) => Ok(CheckerHost {
                requests: Some(requests),
                thread: Some(thread),
            }),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(RunnerError::Checker("the checker host stopped while starting".into())),
        }
    }

    /// Asks the checker about one answer. An error means the checker itself
    /// failed: the problem's (or the judge's) fault, never the solution's.
    pub fn check(&mut self, input: &Value, expected: &Value, got: &Value) -> Result<CheckerReply, RunnerError> {
        let request = check_frame(input, expected, got);
        let (reply_tx, reply_rx) = mpsc::channel();
        let sent = self.requests.as_ref().map(|r| r.send((request, reply_tx)));
        if !matches!(sent, Some(Ok(()))) {
            return Err(RunnerError::Checker("the checker host has stopped".into()));
        }
        match reply_rx.recv() {
            Ok(reply) => reply.map_err(RunnerError::Checker),
            Err(_) => Err(RunnerError::Checker("the checker host has stopped".into())),
        }
    }
}

impl Drop for CheckerHost {
    fn drop(&mut self) {
        // Closing the channel ends the host's loop, which kills its process.
        self.requests.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(
    python: &Interpreter,
    harness: &PathBuf,
    checker: &Path,
    ready: &mpsc::Sender<Result<(), RunnerError>>,
    inbox: &mpsc::Receiver<Request>,
) {
    let started = (|| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let workdir = tempfile::Builder::new().prefix("judge-checker-").tempdir()?;
        let child = runtime.block_on(async {
            let mut child = HarnessChild::spawn(&SpawnSpec {
                python,
                harness,
                mode: "check",
                site_packages: true,
                memory_bytes: None,
                output_limit: u64::MAX,
                max_frame: crate::child::TRUSTED_MAX_FRAME,
                workdir: workdir.path(),
                pool: None,
                sandbox: None,
                interaction: None,
            })?;
            child.send(&checker_setup_frame(&checker.to_string_lossy())).await?;
            Ok::<_, RunnerError>(child)
        })?;
        Ok::<_, RunnerError>((runtime, workdir, child))
    })();
    let (runtime, _workdir, mut child) = match started {
        Ok(parts) => parts,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    runtime.block_on(async {
        match child.next_event(Instant::now() + CHECK_TIMEOUT).await {
            Next::Event(HarnessEvent::Ready) => {
                let _ = ready.send(Ok(()));
            }
            Next::Event(HarnessEvent::CheckerInvalid { line, column, message }) => {
                let _ = ready.send(Err(RunnerError::CheckerInvalid { line, column, message }));
                child.kill().await;
                return;
            }
            other => {
                let message = failure(other, &mut child, "loading checker.py").await;
                let _ = ready.send(Err(RunnerError::Checker(message)));
                return;
            }
        }
        while let Ok((request, reply)) = inbox.recv() {
            let answer = match child.send(&request).await {
                Err(e) => Err(format!("checker.py failed: cannot send it a request: {e}")),
                Ok(()) => match child.next_event(Instant::now() + CHECK_TIMEOUT).await {
                    Next::Event(HarnessEvent::Checked { ok, message }) => Ok(CheckerReply { ok, message }),
                    other => Err(failure(other, &mut child, "check()").await),
                },
            };
            // A check that raised leaves the process serving; one that died
            // makes every later send fail, each with its reason.
            let _ = reply.send(answer);
        }
        child.kill().await;
    });
}

async fn failure(next: Next, child: &mut HarnessChild, during: &str) -> String {
    let message = match next {
        Next::Event(HarnessEvent::CheckerFailed(message)) | Next::Event(HarnessEvent::Internal(message)) => message,
        Next::TimedOut => format!("timed out after {}s", CHECK_TIMEOUT.as_secs()),
        Next::Closed => {
            child.exit_status(Duration::from_secs(1)).await;
            format!("the checker process ended: {}", child.stderr().await.text().trim())
        }
        other => format!("{other:?}"),
    };
    format!("checker.py failed in {during}: {}", message.trim_end())
}
