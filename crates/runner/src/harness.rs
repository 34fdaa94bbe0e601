use std::io;
use std::path::{Path, PathBuf};

/// `sandbox/harness.py`, compiled into the binary so that the judge is one
/// file to install.
const HARNESS_SOURCE: &str = include_str!("../../../sandbox/harness.py");

/// The harness written out to a private temporary directory, for the life
/// of this value.
#[derive(Debug)]
pub struct HarnessFile {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl HarnessFile {
    pub fn write() -> io::Result<HarnessFile> {
        let dir = tempfile::Builder::new()
            .prefix("judge-harness-")
            .tempdir()?;
        let path = dir.path().join("harness.py");
        std::fs::write(&path, HARNESS_SOURCE)?;
        Ok(HarnessFile { _dir: dir, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
