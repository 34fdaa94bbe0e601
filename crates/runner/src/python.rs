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
    /// once for `sys.executable`, its version and prefixes. The answer is
    /// cached, keyed by what it depends on (see [`cache`]): a real
    /// executable's size and modification time; for a pyenv shim, the shim
    /// and the inputs pyenv picks the version from. So a `judge run` starts
    /// neither Python twice nor a shell and pyenv.
    pub fn at(path: &Path) -> Result<Interpreter, RunnerError> {
        let key = cache::key(path);
        if let Some(cached) = key.as_deref().and_then(cache::lookup) {
            return Ok(cached);
        }
        let found = Interpreter::probe(path)?;
        if let Some(key) = &key {
            cache::store(key, &found);
        }
        Ok(found)
    }

    fn probe(path: &Path) -> Result<Interpreter, RunnerError> {
        // a judge ending on a signal waits for the probe to be reaped
        let _starting = crate::reap::Starting::begin().ok_or(RunnerError::Stopping)?;
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

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// What probing an interpreter found, kept between runs in
/// `$XDG_CACHE_HOME/judge/interpreters-v3` (or `~/.cache/...`), a line per
/// key. Best effort: a cache that cannot be read or written is ignored.
///
/// The key is what the answer depends on (docs/performance.md, "The
/// interpreter probe"):
/// - a real executable (ELF): its path, size and modification time;
/// - a pyenv shim (a script that runs `pyenv`): its path, size and
///   modification time, and a digest of everything `pyenv exec` picks the
///   version from: every `PYENV_*` variable (`PYENV_VERSION`,
///   `PYENV_ROOT`, `PYENV_DIR`...), `PATH` (the `system` version is the
///   next python on it), the first `.python-version` from `$PYENV_DIR` and
///   from the current directory upward (its path and content, or that
///   there is none) and the global `$PYENV_ROOT/version`;
/// - any other script: no key, so no cache (what it reads is unknown).
///
/// An entry also holds the real executable's size and modification time
/// and is used only while they match, so a removed or rebuilt version is
/// probed again.
mod cache {
    use std::ffi::OsStr;
    use std::io::Read;
    use std::os::unix::ffi::OsStrExt;
    use std::path::{Path, PathBuf};
    use std::time::UNIX_EPOCH;

    use super::Interpreter;

    /// Entries kept (one per interpreter and project directory in use).
    const KEEP: usize = 64;

    fn file() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
        Some(base.join("judge").join("interpreters-v3"))
    }

    /// `size<TAB>mtime_ns` of the file at `path`: changes when it does.
    fn signature(path: &Path) -> Option<String> {
        let meta = std::fs::metadata(path).ok()?;
        let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(format!("{}\t{mtime}", meta.len()))
    }

    /// `path<TAB>size<TAB>mtime_ns<TAB>context`, where the context is `-`
    /// for a real executable and the digest of pyenv's inputs for a pyenv
    /// shim; `None` for anything else.
    pub(super) fn key(path: &Path) -> Option<String> {
        let shown = path.to_str().filter(|p| !p.contains(['\t', '\n']))?;
        let signature = signature(path)?;
        let mut head = Vec::new();
        std::fs::File::open(path)
            .ok()?
            .take(64 * 1024)
            .read_to_end(&mut head)
            .ok()?;
        let context = if head.starts_with(b"\x7fELF") {
            "-".to_owned()
        } else if head.starts_with(b"#!") && contains(&head, b"pyenv") {
            format!("{:016x}", pyenv_inputs(&head))
        } else {
            return None;
        };
        Some(format!("{shown}\t{signature}\t{context}"))
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// FNV-1a over length-prefixed parts: stable across builds.
    struct Digest(u64);

    impl Digest {
        fn add(&mut self, part: &[u8]) {
            let len = (part.len() as u64).to_le_bytes();
            for &b in len.iter().chain(part) {
                self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
    }

    /// What `pyenv exec` reads to pick a version (pyenv-version-name,
    /// pyenv-version-file, pyenv-which), digested.
    fn pyenv_inputs(shim: &[u8]) -> u64 {
        let mut digest = Digest(0xcbf2_9ce4_8422_2325);
        let mut vars: Vec<_> = std::env::vars_os()
            .filter(|(name, _)| name.as_bytes().starts_with(b"PYENV_") || name == "PATH")
            .collect();
        vars.sort();
        for (name, value) in &vars {
            digest.add(name.as_bytes());
            digest.add(value.as_bytes());
        }
        digest.add(b"--");
        // `.python-version` from $PYENV_DIR upward, then from $PWD upward
        let pyenv_dir = std::env::var_os("PYENV_DIR").filter(|d| !d.is_empty());
        let cwd = std::env::current_dir().ok();
        for start in [pyenv_dir.map(PathBuf::from), cwd].into_iter().flatten() {
            match start
                .ancestors()
                .map(|dir| dir.join(".python-version"))
                .find(|f| f.is_file())
            {
                Some(found) => {
                    digest.add(found.as_os_str().as_bytes());
                    digest.add(&std::fs::read(&found).unwrap_or_default());
                }
                None => digest.add(b"none"),
            }
        }
        // the global version file; the shim sets PYENV_ROOT itself
        let root = shim_root(shim)
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("PYENV_ROOT").map(PathBuf::from))
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")));
        if let Some(root) = root {
            let global = root.join("version");
            digest.add(global.as_os_str().as_bytes());
            digest.add(&std::fs::read(&global).unwrap_or_default());
        }
        digest.0
    }

    /// The root in the shim's `export PYENV_ROOT="..."` line.
    fn shim_root(shim: &[u8]) -> Option<&OsStr> {
        shim.split(|&b| b == b'\n').find_map(|line| {
            let value = line.trim_ascii().strip_prefix(b"export PYENV_ROOT=")?;
            let value = value
                .strip_prefix(b"\"")
                .and_then(|v| v.strip_suffix(b"\""))
                .unwrap_or(value);
            Some(OsStr::from_bytes(value))
        })
    }

    /// A line: the key, then the real path, its size and mtime, the
    /// version, the prefixes.
    pub(super) fn lookup(key: &str) -> Option<Interpreter> {
        let text = std::fs::read_to_string(file()?).ok()?;
        let line = text
            .lines()
            .rev()
            .find(|l| l.starts_with(key) && l[key.len()..].starts_with('\t'))?;
        let mut rest = line[key.len() + 1..].split('\t');
        let real = PathBuf::from(rest.next()?);
        let recorded = format!("{}\t{}", rest.next()?, rest.next()?);
        if signature(&real)? != recorded {
            return None;
        }
        let mut version = rest.next()?.split('.').map(|p| p.parse::<u32>().ok());
        let version = (version.next()??, version.next()??, version.next()??);
        Some(Interpreter {
            path: real,
            version,
            prefixes: rest.map(PathBuf::from).collect(),
        })
    }

    pub(super) fn store(key: &str, found: &Interpreter) {
        let (Some(real), Some(file)) = (signature(&found.path), file()) else {
            return;
        };
        let mut entry = format!("{key}\t{}\t{real}\t{}", found.path.display(), found.version_text());
        for p in &found.prefixes {
            entry.push('\t');
            entry.push_str(&p.to_string_lossy());
        }
        let old = std::fs::read_to_string(&file).unwrap_or_default();
        let mut lines: Vec<&str> = old
            .lines()
            .filter(|l| !(l.starts_with(key) && l[key.len()..].starts_with('\t')))
            .collect();
        lines.push(&entry);
        let lines = &lines[lines.len().saturating_sub(KEEP)..];
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
