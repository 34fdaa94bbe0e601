//! The Python interpreter, resolved for a command: `--python`, else
//! `$JUDGE_PYTHON`, else `python3` on PATH (judge-runner does the
//! resolving; this adds what a person needs when a named interpreter is
//! not a Python 3.8+).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use judge_runner::{Interpreter, RunnerError};

use crate::failure::NotPython;

/// How long a named interpreter may take to say its version, when it has
/// already failed the real probe.
const VERSION_WAIT: Duration = Duration::from_secs(5);

pub fn interpreter(explicit: Option<&Path>) -> anyhow::Result<Interpreter> {
    let named: Option<PathBuf> = explicit.map(Path::to_owned).or_else(|| {
        std::env::var_os("JUDGE_PYTHON")
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
    });
    let Some(path) = named else {
        return Ok(Interpreter::discover()?);
    };
    match Interpreter::at(&path) {
        Ok(python) => Ok(python),
        // it runs, but not as a Python 3.8+ does: say what it is instead
        Err(RunnerError::NoPython(_)) if is_executable_file(&path) => Err(NotPython {
            said: what_it_says(&path),
            path,
        }
        .into()),
        Err(e) => Err(e.into()),
    }
}

fn is_executable_file(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// What `PATH --version` prints (Python 2 writes its version to stderr),
/// or how it failed: "says \"Python 2.7.18\"", "printed nothing and exited
/// with status 1".
fn what_it_says(path: &Path) -> String {
    let child = Command::new(path)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => return format!("cannot be run: {e}"),
    };
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < VERSION_WAIT => std::thread::sleep(Duration::from_millis(10)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let Some(status) = status else {
        return format!("--version did not answer in {} s", VERSION_WAIT.as_secs());
    };
    let mut printed = String::new();
    for stream in [
        child.stdout.take().map(|s| Box::new(s) as Box<dyn Read>),
        child.stderr.take().map(|s| Box::new(s) as Box<dyn Read>),
    ]
    .into_iter()
    .flatten()
    {
        let mut text = String::new();
        let _ = stream.take(4096).read_to_string(&mut text);
        printed.push_str(&text);
        printed.push('\n');
    }
    let first_line = printed.lines().map(str::trim).find(|l| !l.is_empty());
    match (first_line, status.code()) {
        (Some(line), _) => format!("--version says {line:?}"),
        (None, Some(code)) => format!("--version printed nothing and exited with status {code}"),
        (None, None) => "--version printed nothing and was killed by a signal".to_owned(),
    }
}
