use std::io;
use std::path::{Path, PathBuf};

/// `sandbox/harness.py`, compiled into the binary so that the judge is one
/// file to install.
const HARNESS_SOURCE: &str = include_str!("../../../sandbox/harness.py");

/// The harness written out where Python can import it. Preferably in the
/// user's cache directory, named by the source's hash, so that Python's
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
        let dir = tempfile::Builder::new()
            .prefix("judge-harness-")
            .tempdir()?;
        let path = dir.path().join("harness.py");
        std::fs::write(&path, HARNESS_SOURCE)?;
        Ok(HarnessFile {
            _temp: Some(dir),
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// FNV-1a: a stable name for this version of the source.
fn source_hash() -> u64 {
    HARNESS_SOURCE.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `$XDG_CACHE_HOME/judge/harness-HASH/harness.py`, written if missing.
fn cached() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    let dir = base
        .join("judge")
        .join(format!("harness-{:016x}", source_hash()));
    let path = dir.join("harness.py");
    if std::fs::read(&path).is_ok_and(|found| found == HARNESS_SOURCE.as_bytes()) {
        return Some(path);
    }
    std::fs::create_dir_all(&dir).ok()?;
    // write then rename: a concurrent judge sees the whole file or none
    let tmp = dir.join(format!("harness.py.{}", std::process::id()));
    std::fs::write(&tmp, HARNESS_SOURCE).ok()?;
    std::fs::rename(&tmp, &path).ok()?;
    Some(path)
}
