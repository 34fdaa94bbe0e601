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
    /// Where its standard library and shared libraries live (`sys.prefix`
    /// and friends): what a sandboxed solution must still be able to read.
    pub prefixes: Vec<PathBuf>,
}

/// Solutions need at least this version (the harness's own needs).
const MIN_VERSION: (u32, u32) = (3, 8);

/// Prints the executable, the version, then the prefixes, a line each.
const PROBE: &str = "import sys; print(sys.executable); print(*sys.version_info[:3]); \
     print(*sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}), sep='\\n')";

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
            "no python3 on PATH; install CPython 3, or pass --python PATH (or set JUDGE_PYTHON)".into(),
        ))
    }

    /// Resolves the interpreter at `path` (which may be a shim) by asking it
    /// once for `sys.executable`, its version and prefixes. A real
    /// executable's answer is cached (keyed by its size and modification
    /// time), so that a `judge run` does not start Python twice.
    pub fn at(path: &Path) -> Result<Interpreter, RunnerError> {
        let binary = is_binary(path);
        if binary {
            if let Some(cached) = cache::lookup(path) {
                return Ok(cached);
            }
        }
        let found = Interpreter::probe(path)?;
        if binary {
            cache::store(path, &found);
        }
        Ok(found)
    }

    fn probe(path: &Path) -> Result<Interpreter, RunnerError> {
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
            prefixes: lines.map(PathBuf::from).filter(|p| p.is_absolute()).collect(),
        })
    }

    pub fn version_text(&self) -> String {
        let (a, b, c) = self.version;
        format!("{a}.{b}.{c}")
    }
}

/// An executable file, not a script (a version manager's shim is a script).
fn is_binary(path: &Path) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok_and(|()| magic == *b"\x7fELF")
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// What probing an interpreter found, kept between runs in
/// `$XDG_CACHE_HOME/judge/interpreters` (or `~/.cache/...`). Best effort:
/// a cache that cannot be read or written is ignored.
mod cache {
    use std::path::{Path, PathBuf};
    use std::time::UNIX_EPOCH;

    use super::Interpreter;

    fn file() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
        Some(base.join("judge").join("interpreters-v2"))
    }

    /// `path<TAB>size<TAB>mtime_ns`: changes when the binary does.
    fn key(path: &Path) -> Option<String> {
        let meta = std::fs::metadata(path).ok()?;
        let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(format!("{}\t{}\t{mtime}", path.display(), meta.len()))
    }

    /// A line: the key, then the real path, the version, the prefixes.
    pub(super) fn lookup(path: &Path) -> Option<Interpreter> {
        let key = key(path)?;
        let text = std::fs::read_to_string(file()?).ok()?;
        let line = text
            .lines()
            .find(|l| l.starts_with(&key) && l[key.len()..].starts_with('\t'))?;
        let mut rest = line[key.len() + 1..].split('\t');
        let real = PathBuf::from(rest.next()?);
        let mut version = rest.next()?.split('.').map(|p| p.parse::<u32>().ok());
        let version = (version.next()??, version.next()??, version.next()??);
        Some(Interpreter {
            path: real,
            version,
            prefixes: rest.map(PathBuf::from).collect(),
        })
    }

    pub(super) fn store(path: &Path, found: &Interpreter) {
        let (Some(key), Some(file)) = (key(path), file()) else {
            return;
        };
        let old = std::fs::read_to_string(&file).unwrap_or_default();
        let prefix = format!("{}\t", path.display());
        let mut lines: Vec<&str> = old.lines().filter(|l| !l.starts_with(&prefix)).collect();
        let mut entry = format!("{key}\t{}\t{}", found.path.display(), found.version_text());
        for p in &found.prefixes {
            entry.push('\t');
            entry.push_str(&p.to_string_lossy());
        }
        lines.push(&entry);
        if let Some(dir) = file.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        // write then rename: a concurrent reader sees the old or the new file
        let tmp = file.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, lines.join("\n") + "\n").is_ok() {
            let _ = std::fs::rename(&tmp, &file);
        }
    }
}
