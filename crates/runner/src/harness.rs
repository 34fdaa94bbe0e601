use std::io;
use std::path::{Path, PathBuf};

/// The Python side of the runners (`sandbox/`), compiled into the binary so
/// that the judge is one file to install: the harness, the value helpers,
/// case limits and forbidden builtins it imports, the warm pool's server,
/// the embedded runner's isolation, the sized-input generators' host, the
/// interactive streams, the `tests` kind's runner of test functions, and
/// the mutant generator of `judge check --mutants`.
pub const SOURCES: [(&str, &str); 10] = [
    ("judge_values.py", include_str!("../../../sandbox/judge_values.py")),
    ("judge_limits.py", include_str!("../../../sandbox/judge_limits.py")),
    ("judge_forbid.py", include_str!("../../../sandbox/judge_forbid.py")),
    (
        "judge_interactive.py",
        include_str!("../../../sandbox/judge_interactive.py"),
    ),
    ("judge_tests.py", include_str!("../../../sandbox/judge_tests.py")),
    ("harness.py", include_str!("../../../sandbox/harness.py")),
    ("zygote.py", include_str!("../../../sandbox/zygote.py")),
    ("judge_sized.py", include_str!("../../../sandbox/judge_sized.py")),
    ("judge_mutants.py", include_str!("../../../sandbox/judge_mutants.py")),
    (
        "interpreter_state.py",
        include_str!("../../../sandbox/interpreter_state.py"),
    ),
];

/// The harness written out where Python can import it. Preferably in the
/// user's cache directory, named by the sources' hash, so that Python's
/// bytecode cache beside it survives between runs (compiling the harness
/// costs more than starting Python); else in a temporary directory that
/// lives as long as this value.
#[derive(Debug)]
pub struct HarnessFile {
    _temp: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl HarnessFile {
    pub fn write() -> io::Result<HarnessFile> {
        if let Some(path) = cached() {
            return Ok(HarnessFile { _temp: None, path });
        }
        let dir = tempfile::Builder::new().prefix("judge-harness-").tempdir()?;
        for (name, source) in SOURCES {
            std::fs::write(dir.path().join(name), source)?;
        }
        Ok(HarnessFile {
            path: dir.path().join("harness.py"),
            _temp: Some(dir),
        })
    }

    /// `harness.py`; the other sources are beside it.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// FNV-1a: a stable name for this version of the sources.
fn source_hash() -> u64 {
    SOURCES
        .iter()
        .flat_map(|(name, source)| name.bytes().chain(source.bytes()))
        .fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The judge's directory in the user's cache: `$XDG_CACHE_HOME/judge`, or
/// `~/.cache/judge` (the harness, compiled output validators).
pub(crate) fn cache_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("judge"))
}

/// `$XDG_CACHE_HOME/judge/harness-HASH/harness.py`, written if missing.
fn cached() -> Option<PathBuf> {
    let dir = cache_dir()?.join(format!("harness-{:016x}", source_hash()));
    std::fs::create_dir_all(&dir).ok()?;
    for (name, source) in SOURCES {
        let file = dir.join(name);
        if std::fs::read(&file).is_ok_and(|found| found == source.as_bytes()) {
            continue;
        }
        // write then rename: a concurrent judge sees the whole file or none
        let tmp = dir.join(format!("{name}.{}", std::process::id()));
        std::fs::write(&tmp, source).ok()?;
        std::fs::rename(&tmp, &file).ok()?;
    }
    Some(dir.join("harness.py"))
}
