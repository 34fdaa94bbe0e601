//! Finding the Python interpreter to run solutions with.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::RunnerError;

/// A resolved Python interpreter: the real executable, not a version
/// manager's shim (a pyenv shim is a shell script that costs more to start
/// than Python itself; it is asked once for the real path).
#[derive(Debug, Clone, PartialEq)]
pub struct Interpreter {
    pub path: PathBuf,
    pub version: (u32, u32, u32),
}

/// Solutions need at least this version (the harness's own needs).
const MIN_VERSION: (u32, u32) = (3, 8);

const PROBE: &str = "import sys; print(sys.executable); print(*sys.version_info[:3])";

impl Interpreter {
    /// `JUDGE_PYTHON` if set, else the first `python3` (then `python`) on PATH.
    pub fn discover() -> Result<Interpreter, RunnerError> {
        if let Some(path) = std::env::var_os("JUDGE_PYTHON").filter(|p| !p.is_empty()) {
            return Interpreter::at(Path::new(&path));
        }
        let path_var = std::env::var_os("PATH").unwrap_or_default();
        for name in ["python3", "python"] {
            for dir in std::env::split_paths(&path_var) {
                let candidate = dir.join(name);
                if is_executable(&candidate) {
                    return Interpreter::at(&candidate);
                }
            }
        }
        Err(RunnerError::NoPython(
            "no python3 on PATH; install CPython 3, or pass --python PATH (or set JUDGE_PYTHON)"
                .into(),
        ))
    }

    /// Resolves the interpreter at `path` (which may be a shim) by asking it
    /// once for `sys.executable` and its version.
    pub fn at(path: &Path) -> Result<Interpreter, RunnerError> {
        let output = Command::new(path)
            .args(["-I", "-S", "-c", PROBE])
            .output()
            .map_err(|e| RunnerError::NoPython(format!("cannot run {}: {e}", path.display())))?;
        if !output.status.success() {
            return Err(RunnerError::NoPython(format!(
                "{} -c ... failed ({}): {}",
                path.display(),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            )));
        }
        let text = String::from_utf8_lossy(&output.stdout);
        let mut lines = text.lines();
        let executable = lines.next().unwrap_or("").trim();
        let version: Vec<u32> = lines
            .next()
            .unwrap_or("")
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect();
        let [major, minor, patch] = version[..] else {
            return Err(RunnerError::NoPython(format!(
                "{} did not report its version",
                path.display()
            )));
        };
        if (major, minor) < MIN_VERSION {
            return Err(RunnerError::NoPython(format!(
                "{} is Python {major}.{minor}; the judge needs {}.{} or newer",
                path.display(),
                MIN_VERSION.0,
                MIN_VERSION.1
            )));
        }
        let real = if executable.is_empty() {
            path.to_owned()
        } else {
            PathBuf::from(executable)
        };
        Ok(Interpreter {
            path: real,
            version: (major, minor, patch),
        })
    }

    pub fn version_text(&self) -> String {
        let (a, b, c) = self.version;
        format!("{a}.{b}.{c}")
    }
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}
