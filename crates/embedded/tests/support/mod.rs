//! Running jobs through the embedded runner in this test process.

use std::path::PathBuf;

use judge_embedded::EmbeddedRunner;
use judge_model::{Call, CaseInput, Value};
use judge_runner::{CaseStatus, Job, JobKind, JobLimits, RunEvent, Runner};

#[derive(Debug)]
pub struct Solution {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn solution(source: &str) -> Solution {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("solution.py");
    std::fs::write(&path, source).unwrap();
    Solution { _dir: dir, path }
}

/// The wall limit is ten times the CPU limit: a spinning case meets the
/// CPU limit first even when a busy machine gives it a small share of a CPU.
pub const LIMITS: JobLimits = JobLimits {
    cpu_ms: 300,
    wall_ms: 3000,
    memory_bytes: 64 << 20,
    output_bytes: 64 << 10,
};

pub fn call(args: Vec<Value>) -> CaseInput {
    CaseInput::Call(Call { args, kwargs: vec![] })
}

/// Runs `f(...)` of `source` on each case; the statuses in case order.
pub fn run_function(source: &str, cases: Vec<CaseInput>) -> Vec<CaseStatus> {
    let s = solution(source);
    let job = Job {
        solution: judge_runner::Submission::read(&s.path).unwrap(),
        kind: JobKind::Function { entry: "f".into() },
        cases: cases.into(),
        exceptions_expected: vec![],
        limits: LIMITS,
        site_packages: false,
        driver: None,
        forbid: Vec::new(),
        interaction: None,
        stop_at_timeout: false,
        stop: judge_runner::StopSignal::default(),
    };
    let mut statuses = Vec::new();
    EmbeddedRunner::new()
        .unwrap()
        .run(&job, &mut |e| match e {
            RunEvent::Case { index, outcome } => {
                assert_eq!(index, statuses.len());
                statuses.push(outcome.status);
            }
            RunEvent::LoadFailed(f) => panic!("load failed: {f:?}"),
        })
        .unwrap();
    statuses
}
