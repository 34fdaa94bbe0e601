//! A problem's own `checker.py`, hosted in a Python process of its own
//! (trusted code, never in the solution's process).

use std::path::Path;
use std::time::Duration;

use judge_model::Value;
use serde::Serialize;
use tokio::time::Instant;

use crate::child::{HarnessChild, Next, SpawnSpec};
use crate::protocol::HarnessEvent;
use crate::{HarnessFile, Interpreter, RunnerError};

/// How long one `check()` call may take before the judge gives up on it.
const CHECK_TIMEOUT: Duration = Duration::from_secs(30);

/// What `check(input, expected, got)` said.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckerReply {
    pub ok: bool,
    pub message: String,
}

#[derive(Debug)]
pub struct CheckerHost {
    runtime: tokio::runtime::Runtime,
    child: HarnessChild,
    _workdir: tempfile::TempDir,
}

#[derive(Serialize)]
struct CheckRequest<'a> {
    input: &'a Value,
    expected: &'a Value,
    got: &'a Value,
}

impl CheckerHost {
    /// Starts a process that loads `checker` and waits for requests.
    pub fn start(python: &Interpreter, harness: &HarnessFile, checker: &Path) -> Result<CheckerHost, RunnerError> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let workdir = tempfile::Builder::new().prefix("judge-checker-").tempdir()?;
        let checker = std::path::absolute(checker)?;
        let mut child = runtime.block_on(async {
            let mut child = HarnessChild::spawn(&SpawnSpec {
                python,
                harness: harness.path(),
                mode: "check",
                site_packages: true,
                memory_bytes: None,
                output_limit: u64::MAX,
                workdir: workdir.path(),
            })?;
            let setup = serde_json::json!({ "checker": checker.to_string_lossy() });
            child.send(&format!("{setup}\n")).await?;
            Ok::<_, RunnerError>(child)
        })?;
        let ready = runtime.block_on(child.next_event(Instant::now() + CHECK_TIMEOUT));
        match ready {
            Next::Event(HarnessEvent::Ready) => Ok(CheckerHost {
                runtime,
                child,
                _workdir: workdir,
            }),
            other => Err(failure(other, &mut child, &runtime, "loading checker.py")),
        }
    }

    /// Asks the checker about one answer. An error means the checker itself
    /// failed: the judge's (or the problem's) fault, never the solution's.
    pub fn check(&mut self, input: &Value, expected: &Value, got: &Value) -> Result<CheckerReply, RunnerError> {
        let request = serde_json::to_string(&CheckRequest { input, expected, got })
            .map_err(|e| RunnerError::Protocol(e.to_string()))?;
        let next = self.runtime.block_on(async {
            self.child.send(&format!("{request}\n")).await?;
            Ok::<_, RunnerError>(self.child.next_event(Instant::now() + CHECK_TIMEOUT).await)
        })?;
        match next {
            Next::Event(HarnessEvent::Checked { ok, message }) => Ok(CheckerReply { ok, message }),
            other => Err(failure(other, &mut self.child, &self.runtime, "check()")),
        }
    }
}

fn failure(next: Next, child: &mut HarnessChild, runtime: &tokio::runtime::Runtime, during: &str) -> RunnerError {
    let message = match next {
        Next::Event(HarnessEvent::CheckerFailed(message)) | Next::Event(HarnessEvent::Internal(message)) => message,
        Next::TimedOut => format!("timed out after {}s", CHECK_TIMEOUT.as_secs()),
        Next::Closed => {
            let stderr = runtime.block_on(async {
                child.exit_status(Duration::from_secs(1)).await;
                child.stderr().await.text()
            });
            format!("the checker process ended: {}", stderr.trim())
        }
        other => format!("{other:?}"),
    };
    RunnerError::Harness(format!("checker.py failed during {during}: {message}"))
}
