//! The judge's own work per case, without Python: what `judge run` does
//! around the solution's calls. See docs/performance.md, "The judge's own
//! cost per case".
//!
//! - `load/N`: reading and parsing a problem with N function cases into the
//!   value model (`judge_problem::load`: the test file, names, inputs and
//!   expected values).
//! - `judge/N`: `Engine::judge` of N cases whose outcomes are already known:
//!   the job, the verdict rules and the checker on every case, each test's
//!   report, the run's report. The runner replays outcomes recorded up
//!   front (what the harness reports for the palindrome solution: the
//!   returned bool, times, peak memory), so only the judge's side is timed;
//!   a third of the cases get a wrong answer, so the failure path (the
//!   value's repr, the mismatch) is in it too.
//! - `json/N`, `human/N`: rendering that run's report as `judge run
//!   --format json` and as the terminal's lines and summary, into memory.
//! - `drop/N`: freeing the loaded problem and the report.
//!
//! The cases are the bank's palindrome problem's shape: one ~20-character
//! string argument, a bool expected.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use judge_engine::{Engine, Submission};
use judge_model::Value;
use judge_problem::Problem;
use judge_report::LimitsInfo;
use judge_runner::{CaseOutcome, CaseStatus, HarnessFile, Interpreter, Isolation, Job, RunEvent, Runner, RunnerError};

const SIZES: [usize; 2] = [1_000, 100_000];

#[path = "shared/palindromes.rs"]
mod palindromes;
use palindromes::inputs;

/// A palindrome problem with `n` hidden cases, written to `dir`. Every
/// case expects `true`: the outcomes below decide which cases fail.
fn write_problem(dir: &Path, n: usize) -> PathBuf {
    let root = dir.join(format!("palindrome-{n}"));
    std::fs::create_dir_all(root.join("tests")).expect("temp dir");
    let bank = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems/junior/palindrome");
    for file in ["problem.toml", "statement.md", "template.py"] {
        std::fs::copy(bank.join(file), root.join(file)).expect("copy");
    }
    let cases: Vec<String> = inputs(n)
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{{\"name\": \"case-{i}\", \"args\": [{s:?}], \"expected\": true}}"))
        .collect();
    std::fs::write(root.join("tests/hidden.json"), format!("[\n{}\n]\n", cases.join(",\n"))).expect("tests");
    root
}

/// A runner that hands over outcomes recorded up front, as the process
/// runner hands over what the harness reported: the engine cannot tell.
#[derive(Debug)]
struct Replay {
    outcomes: Vec<CaseOutcome>,
}

impl Replay {
    /// What the harness reports for `n` cases: every third returns `false`.
    fn palindrome(n: usize) -> Replay {
        let outcomes = (0..n)
            .map(|i| CaseOutcome {
                status: CaseStatus::Returned(Value::Bool(i % 3 != 0)),
                cpu_ms: Some(0.002 + (i % 7) as f64 * 0.001),
                wall_ms: 0.003 + (i % 5) as f64 * 0.001,
                peak_rss_kb: Some(9_000 + (i / 1_000) as u64),
                stdout: String::new(),
                stderr: String::new(),
                interactor: None,
            })
            .collect();
        Replay { outcomes }
    }
}

impl Runner for Replay {
    fn name(&self) -> &'static str {
        "process"
    }

    fn python_version(&self) -> String {
        "3.11.7".to_owned()
    }

    fn isolation(&self) -> Isolation {
        Isolation::default()
    }

    fn run(&self, job: &Job, on_event: &mut dyn FnMut(RunEvent)) -> Result<(), RunnerError> {
        assert_eq!(job.cases.len(), self.outcomes.len());
        for (index, outcome) in self.outcomes.iter().enumerate() {
            on_event(RunEvent::Case {
                index,
                outcome: outcome.clone(),
            });
        }
        Ok(())
    }
}

fn engine(n: usize, python: &Interpreter, harness: &Arc<HarnessFile>) -> Engine {
    Engine::new(Box::new(Replay::palindrome(n)), python.clone(), harness.clone())
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let python = Interpreter::discover().expect("python3");
    let harness = Arc::new(HarnessFile::write().expect("harness"));
    let solution = Submission::from_bytes(
        "filter_and_reverse.py",
        b"def is_palindrome(s):\n    return True\n".to_vec(),
    );
    let mut group = c.benchmark_group("judge_side");
    group.sample_size(10).warm_up_time(Duration::from_millis(500));
    for n in SIZES {
        let root = write_problem(dir.path(), n);
        group.bench_function(BenchmarkId::new("load", n), |b| {
            b.iter(|| judge_problem::load(&root).expect("the problem loads"))
        });
        let problem: Problem = judge_problem::load(&root).expect("the problem loads");
        let engine = engine(n, &python, &harness);
        group.bench_function(BenchmarkId::new("judge", n), |b| {
            b.iter(|| engine.judge(&problem, &solution, &mut |_| {}))
        });
        let report = engine.judge(&problem, &solution, &mut |_| {});
        assert_eq!(report.total, n);
        assert_eq!(report.passed, n - n.div_ceil(3));
        group.bench_function(BenchmarkId::new("json", n), |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(1 << 20);
                judge_render::write_json(&mut out, &report).expect("in memory");
                out
            })
        });
        group.bench_function(BenchmarkId::new("human", n), |b| {
            let limits = LimitsInfo {
                time_ms: 1000,
                wall_ms: 3000,
                memory_mb: 256,
                output_kb: 64,
            };
            let renderer = judge_render::HumanRenderer::new(false, 16);
            b.iter(|| {
                let mut out = Vec::with_capacity(1 << 20);
                for test in &report.tests {
                    renderer.test_line(&mut out, test, &limits).expect("in memory");
                }
                renderer.summary(&mut out, &report).expect("in memory");
                out
            })
        });
        group.bench_function(BenchmarkId::new("drop", n), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let both = (problem.clone(), report.clone());
                    let start = Instant::now();
                    drop(both);
                    total += start.elapsed();
                }
                total
            })
        });
    }
    group.finish();
}

criterion_group!(judge_side, benches);
criterion_main!(judge_side);
