//! Mutants of a reference solution for `judge check --mutants`: made by
//! `sandbox/judge_mutants.py` (trusted, it only parses and rewrites the
//! bank's own files) in a process of its own. This module runs it and
//! reads what it printed; judging the mutants is the check's.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::Deserialize;

use crate::validator::{ValidatorEnd, run_to_end};
use crate::{HarnessFile, Interpreter};

/// How long the generator may take for one file.
pub const MUTANTS_TIMEOUT: Duration = Duration::from_secs(60);
/// The most it may print: mutants of a file of a few hundred lines.
const MOST_BYTES: u64 = 64 << 20;

#[derive(Debug, thiserror::Error)]
pub enum MutantsError {
    /// The judge's: the script could not be written or started.
    #[error("cannot run the mutant generator: {0}")]
    Io(#[from] std::io::Error),
    /// The file cannot be mutated (it does not parse), or the generator
    /// failed.
    #[error("{0}")]
    Generator(String),
}

/// What the generator made of one file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Mutants {
    /// How many mutations the file allows.
    pub sites: usize,
    /// At most the number asked for, in the order of the file.
    pub mutants: Vec<Mutant>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Mutant {
    /// `compare`, `boolean`, `constant`, `slice`, `drop`, `negate`,
    /// `swap` or `return-none`.
    pub operator: String,
    /// The line of the original file.
    pub line: usize,
    /// 16 hex digits of the SHA-256 of `source`: what a package's
    /// equivalent-mutants.txt records.
    pub hash: String,
    pub source: String,
    /// A unified diff from the original, labelled with the file's name.
    pub diff: String,
}

/// Up to `count` mutants of `solution`, chosen by `seed`; `label` names
/// the file in the diffs and messages.
pub fn mutants_of(
    python: &Interpreter,
    harness: &HarnessFile,
    solution: &Path,
    label: &str,
    seed: u64,
    count: usize,
) -> Result<Mutants, MutantsError> {
    let script = harness.path().with_file_name("judge_mutants.py");
    let dir = tempfile::Builder::new().prefix("judge-mutants-").tempdir()?;
    let (out_path, err_path) = (dir.path().join("out"), dir.path().join("err"));
    let mut command = Command::new(&python.path);
    command
        .arg("-I")
        .arg(&script)
        .arg(std::path::absolute(solution)?)
        .arg(label)
        .arg(seed.to_string())
        .arg(count.to_string())
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(File::create(&out_path)?)
        .stderr(File::create(&err_path)?);
    let end = run_to_end(&mut command, MUTANTS_TIMEOUT)?;
    let said = || {
        let mut text = String::new();
        if let Ok(file) = File::open(&err_path) {
            let _ = file.take(8 << 10).read_to_string(&mut text);
        }
        text.trim_end().to_owned()
    };
    match end {
        ValidatorEnd::Code(0) => {}
        ValidatorEnd::Code(1) => return Err(MutantsError::Generator(said())),
        ValidatorEnd::TimedOut | ValidatorEnd::Stopped => {
            return Err(MutantsError::Generator(format!(
                "{label}: making its mutants took more than {} s",
                MUTANTS_TIMEOUT.as_secs()
            )));
        }
        ValidatorEnd::Code(code) => {
            return Err(MutantsError::Generator(format!(
                "{label}: the mutant generator failed (exit code {code}):\n{}",
                said()
            )));
        }
        ValidatorEnd::Signal(signal) => {
            return Err(MutantsError::Generator(format!(
                "{label}: the mutant generator was killed by signal {signal}:\n{}",
                said()
            )));
        }
    }
    let mut text = String::new();
    File::open(&out_path)?.take(MOST_BYTES).read_to_string(&mut text)?;
    serde_json::from_str(&text)
        .map_err(|e| MutantsError::Generator(format!("{label}: the mutant generator printed no report: {e}")))
}
