//! A problem's sized-input generator (`[complexity]` of problem.toml):
//! trusted problem code, run by `sandbox/judge_sized.py` in a process of
//! its own, never in a solution's. This module runs it and reads what it
//! made; what the values mean as a case's input is the engine's to say.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use judge_model::{Value, marshal};

use crate::validator::{ValidatorEnd, run_to_end};
use crate::{HarnessFile, Interpreter};

/// How long a generator may take for all the sizes asked of it.
pub const GENERATOR_TIMEOUT: Duration = Duration::from_secs(120);
/// The most a generator may write, all sizes together.
const MOST_BYTES: u64 = 1 << 30;

#[derive(Debug, thiserror::Error)]
pub enum SizedError {
    /// The judge's: the script could not be written or started.
    #[error("cannot run the generator: {0}")]
    Io(#[from] std::io::Error),
    /// The generator's author's mistake: it raised, returned the wrong
    /// shape, or wrote something else.
    #[error("{0}")]
    Generator(String),
}

/// The inputs `generator` makes at each of `sizes` for `seed`, as the
/// values `judge_sized.py` wrote: `("call", args, kwargs)`, `("ops", ops)`
/// or `("stdin", text)`.
pub fn sized_inputs(
    python: &Interpreter,
    harness: &HarnessFile,
    generator: &Path,
    kind: &str,
    seed: u64,
    sizes: &[u64],
) -> Result<Vec<Value>, SizedError> {
    let script = harness.path().with_file_name("judge_sized.py");
    // it runs in its own directory: a relative name would not be found there
    let generator = &std::path::absolute(generator)?;
    let dir = tempfile::Builder::new().prefix("judge-sized-").tempdir()?;
    let (out_path, err_path) = (dir.path().join("out"), dir.path().join("err"));
    let mut command = Command::new(&python.path);
    command
        .arg("-I")
        .arg(&script)
        .arg(generator)
        .arg(kind)
        .arg(seed.to_string())
        .args(sizes.iter().map(u64::to_string))
        .current_dir(generator.parent().unwrap_or(Path::new(".")))
        .stdin(Stdio::null())
        .stdout(File::create(&out_path)?)
        .stderr(File::create(&err_path)?);
    let end = run_to_end(&mut command, GENERATOR_TIMEOUT)?;
    let said = || {
        let mut text = String::new();
        if let Ok(file) = File::open(&err_path) {
            let _ = file.take(8 << 10).read_to_string(&mut text);
        }
        text.trim_end().to_owned()
    };
    let name = generator.display();
    match end {
        ValidatorEnd::Code(0) => {}
        ValidatorEnd::TimedOut | ValidatorEnd::Stopped => {
            return Err(SizedError::Generator(format!(
                "the generator {name} took more than {} s for the sizes {sizes:?}",
                GENERATOR_TIMEOUT.as_secs()
            )));
        }
        ValidatorEnd::Code(code) => {
            return Err(SizedError::Generator(format!(
                "the generator {name} failed (exit code {code}):\n{}",
                said()
            )));
        }
        ValidatorEnd::Signal(signal) => {
            return Err(SizedError::Generator(format!(
                "the generator {name} was killed by signal {signal}:\n{}",
                said()
            )));
        }
    }
    let mut bytes = Vec::new();
    File::open(&out_path)?.take(MOST_BYTES).read_to_end(&mut bytes)?;
    let values = frames(&bytes).map_err(|e| SizedError::Generator(format!("the generator {name}: {e}")))?;
    if values.len() != sizes.len() {
        return Err(SizedError::Generator(format!(
            "the generator {name} made {} inputs for {} sizes",
            values.len(),
            sizes.len()
        )));
    }
    Ok(values)
}

/// Length-prefixed marshal frames, one value each.
fn frames(mut bytes: &[u8]) -> Result<Vec<Value>, String> {
    let mut values = Vec::new();
    while !bytes.is_empty() {
        let (len, rest) = bytes.split_first_chunk::<4>().ok_or("a frame cut short")?;
        let len = u32::from_le_bytes(*len) as usize;
        let frame = rest.get(..len).ok_or("a frame cut short")?;
        values.push(marshal::from_bytes(frame).map_err(|e| e.to_string())?);
        bytes = &rest[len..];
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_read_in_order_and_a_short_one_is_refused() {
        let mut bytes = Vec::new();
        for v in [Value::int(1), Value::str("two")] {
            let data = marshal::to_bytes(&v);
            bytes.extend_from_slice(&(data.len() as u32).to_le_bytes());
            bytes.extend_from_slice(&data);
        }
        assert_eq!(frames(&bytes).unwrap(), [Value::int(1), Value::str("two")]);
        assert!(frames(&bytes[..bytes.len() - 1]).is_err());
        assert!(frames(&[1, 0]).is_err());
    }
}
