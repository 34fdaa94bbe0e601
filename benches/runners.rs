//! How close each runner comes to the floor: CPython calling the solution
//! in a plain loop. See docs/performance.md for the results and how to read
//! them.
//!
//! - `floor/N`: the solution called N times in a Python loop, timed in Python.
//! - `process/N`, `process_pool/N`, `embedded/N`: a whole judgement
//!   (`Engine::judge`) of a submission with N cases, verdicts included;
//!   `process_pool` forks each submission from a warm harness.
//! - `first_result/RUNNER`: from the start of a judgement to its first
//!   test's report (the fixed cost of a submission).
//! - `interpreter_per_case/100`: the classic design, one fresh interpreter
//!   per test case.
//!
//! The solution is the bank's palindrome check, on ~20-character strings.
//! Set JUDGE_PYTHON to the real interpreter to keep a version manager's
//! shim out of the measurements.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use judge_engine::Engine;
use judge_problem::Problem;
use judge_runner::{HarnessFile, Interpreter, ProcessRunner};

const SIZES: [usize; 3] = [1, 100, 10_000];

fn solution() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("problems/junior/palindrome/solutions/accepted/filter_and_reverse.py")
}

#[path = "shared/palindromes.rs"]
mod palindromes;
use palindromes::inputs;

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

/// A palindrome problem with `n` sample cases, in a temporary directory.
fn problem(dir: &Path, n: usize) -> Problem {
    let root = dir.join(format!("palindrome-{n}"));
    std::fs::create_dir_all(root.join("tests")).expect("temp dir");
    let bank = Path::new(env!("CARGO_MANIFEST_DIR")).join("problems/junior/palindrome");
    for file in ["problem.toml", "statement.md", "template.py"] {
        std::fs::copy(bank.join(file), root.join(file)).expect("copy");
    }
    let cases: Vec<String> = inputs(n)
        .iter()
        .enumerate()
        .map(|(i, s)| {
            format!(
                "{{\"name\": \"{i}\", \"args\": [{s:?}], \"expected\": {}}}",
                is_palindrome(s)
            )
        })
        .collect();
    std::fs::write(root.join("tests/sample.json"), format!("[{}]", cases.join(",\n"))).expect("tests");
    judge_problem::load(&root).expect("the generated problem loads")
}

fn python() -> Interpreter {
    Interpreter::discover().expect("python3")
}

/// The floor: `iters` rounds of calling the solution on every input, timed
/// inside Python.
fn floor(python: &Interpreter, inputs_file: &Path, iters: u64) -> Duration {
    let script = format!(
        "import json, sys, time\n\
         ns = {{}}\n\
         exec(compile(open({sol:?}).read(), 'solution', 'exec'), ns)\n\
         f = ns['is_palindrome']\n\
         inputs = json.load(open({inputs:?}))\n\
         t0 = time.perf_counter()\n\
         for _ in range({iters}):\n    \
             for s in inputs:\n        \
                 f(s)\n\
         print(time.perf_counter() - t0)\n",
        sol = solution(),
        inputs = inputs_file,
    );
    let out = Command::new(&python.path)
        .args(["-I", "-S", "-c", &script])
        .output()
        .expect("python runs");
    let seconds: f64 = String::from_utf8_lossy(&out.stdout).trim().parse().expect("a time");
    Duration::from_secs_f64(seconds)
}

/// The classic design: a fresh interpreter per case, the solution run as a
/// script reading its input from stdin.
fn interpreter_per_case(python: &Interpreter, runner: &Path, inputs: &[String]) {
    for s in inputs {
        let mut child = Command::new(&python.path)
            .args(["-I", "-S"])
            .arg(runner)
            .arg(solution())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python starts");
        if let Some(mut stdin) = child.stdin.take() {
            let _ = writeln!(stdin, "{s}");
        }
        let out = child.wait_with_output().expect("python ends");
        assert!(out.status.success());
    }
}

fn engines(python: &Interpreter) -> Vec<(&'static str, Engine)> {
    let harness = Arc::new(HarnessFile::write().expect("harness"));
    let pooled = ProcessRunner::with_warm_pool(python.clone(), harness.clone()).expect("warm pool");
    #[cfg_attr(not(feature = "embedded"), expect(unused_mut))]
    let mut engines = vec![
        (
            "process",
            Engine::new(
                Box::new(ProcessRunner::new(python.clone(), harness.clone())),
                python.clone(),
                harness.clone(),
            ),
        ),
        (
            "process_pool",
            Engine::new(Box::new(pooled), python.clone(), harness.clone()),
        ),
    ];
    #[cfg(feature = "embedded")]
    engines.push((
        "embedded",
        Engine::new(
            Box::new(judge_embedded::EmbeddedRunner::new().expect("embedded Python")),
            python.clone(),
            harness,
        ),
    ));
    engines
}

fn benches(c: &mut Criterion) {
    let python = python();
    let dir = tempfile::tempdir().expect("temp dir");
    let problems: Vec<(usize, Problem)> = SIZES.iter().map(|&n| (n, problem(dir.path(), n))).collect();
    let engines = engines(&python);

    let mut group = c.benchmark_group("judge");
    let submission = judge_engine::Submission::read(&solution()).expect("the solution");
    group.sample_size(20).warm_up_time(Duration::from_millis(500));
    for (n, problem) in &problems {
        let inputs_file = dir.path().join(format!("inputs-{n}.json"));
        let json: Vec<String> = inputs(*n).iter().map(|s| format!("{s:?}")).collect();
        std::fs::write(&inputs_file, format!("[{}]", json.join(","))).expect("inputs");
        group.bench_function(BenchmarkId::new("floor", n), |b| {
            b.iter_custom(|iters| floor(&python, &inputs_file, iters))
        });
        for (name, engine) in &engines {
            group.bench_function(BenchmarkId::new(*name, n), |b| {
                b.iter(|| {
                    let report = engine.judge(problem, &submission, &mut |_| {});
                    assert_eq!(report.passed, *n);
                })
            });
        }
    }
    group.finish();

    let mut group = c.benchmark_group("first_result");
    group.sample_size(20);
    let (_, hundred) = &problems[1];
    for (name, engine) in &engines {
        group.bench_function(*name, |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    let mut first = None;
                    engine.judge(hundred, &submission, &mut |_| {
                        first.get_or_insert_with(|| start.elapsed());
                    });
                    total += first.expect("a first result");
                }
                total
            })
        });
    }
    group.finish();

    let runner = dir.path().join("run_once.py");
    std::fs::write(
        &runner,
        "import sys\nns = {}\nexec(compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'), ns)\n\
         print(ns['is_palindrome'](sys.stdin.readline().rstrip('\\n')))\n",
    )
    .expect("runner script");
    let mut group = c.benchmark_group("classic");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    group.bench_function(BenchmarkId::new("interpreter_per_case", 100), |b| {
        b.iter(|| interpreter_per_case(&python, &runner, &inputs(100)))
    });
    group.finish();
}

criterion_group!(runners, benches);
criterion_main!(runners);
