//! The harness's own Python unit tests, run with the real interpreter.

use std::process::Command;

use crate::support::repo;

#[test]
fn harness_unittests_pass() {
    let python = judge_runner::Interpreter::discover().expect("python3");
    let out = Command::new(&python.path)
        .args(["-m", "unittest", "discover", "-s", "sandbox", "-p", "test_*.py"])
        .current_dir(repo())
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "sandbox unit tests failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
