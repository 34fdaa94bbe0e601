//! Every verdict and number true for honest code: one run judges one
//! snapshot of the solution, and tests do not leak into each other
//! (docs/report-format.md, "What the numbers mean").

use std::path::{Path, PathBuf};
use std::sync::Arc;

use judge_engine::{Engine, Submission};
use judge_report::Verdict;

/// A function problem `f(x)` with `tests` hidden tests (x = 0, 1, ...;
/// expected x), in a fresh directory.
fn problem(tests: usize, time_ms: u64) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp dir");
    let root = dir.path();
    std::fs::create_dir(root.join("tests")).unwrap();
    std::fs::write(
        root.join("problem.toml"),
        format!(
            "title = \"Identity\"\nlevel = \"junior\"\ntopics = [\"fixture\"]\nkind = \"function\"\nentry = \"f\"\n\
             [limits]\ntime_ms = {time_ms}\nwall_multiplier = 10.0\nmemory_mb = 512\n"
        ),
    )
    .unwrap();
    std::fs::write(root.join("statement.md"), "# Identity\n").unwrap();
    std::fs::write(root.join("template.py"), "def f(x):\n    pass\n").unwrap();
    let case = |i: usize| format!("{{\"name\": \"t{i}\", \"args\": [{i}], \"expected\": {i}}}");
    std::fs::write(root.join("tests/sample.json"), format!("[{}]", case(0))).unwrap();
    let hidden: Vec<String> = (1..tests).map(case).collect();
    std::fs::write(root.join("tests/hidden.json"), format!("[{}]", hidden.join(","))).unwrap();
    dir
}

fn engine(runner: &str) -> Engine {
    let python = judge_runner::Interpreter::discover().expect("python3");
    let harness = Arc::new(judge_runner::HarnessFile::write().expect("harness"));
    let runner: Box<dyn judge_runner::Runner> = match runner {
        "process" => Box::new(judge_runner::ProcessRunner::new(python.clone(), harness.clone())),
        #[cfg(feature = "embedded")]
        "embedded" => Box::new(judge_embedded::EmbeddedRunner::new().expect("embedded runner")),
        other => panic!("no runner {other}"),
    };
    Engine::new(runner, python, harness)
}

fn runners() -> Vec<&'static str> {
    if cfg!(feature = "embedded") {
        vec!["process", "embedded"]
    } else {
        vec!["process"]
    }
}

fn write(dir: &Path, name: &str, source: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, source).unwrap();
    path
}

#[test]
fn a_run_judges_the_file_as_it_was_when_the_run_began() {
    let dir = problem(4, 300);
    let problem = judge_problem::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let file = write(
        dir.path(),
        "solution.py",
        "def f(x):\n    while x == 0:\n        pass\n    return x\n",
    );
    let submission = Submission::read(&file).unwrap();
    // The first test spins until the CPU limit kills the process; as its
    // report arrives, the person saves a "fix" that is wrong everywhere.
    // The tests after it run in a fresh process: on the bytes read at the
    // start, not on the new file.
    let engine = engine("process");
    let mut saved = false;
    let report = engine.judge(&problem, &submission, &mut |test| {
        if !saved {
            assert_eq!(test.verdict, Verdict::TimeLimitExceeded, "{test:?}");
            std::fs::write(&file, "def f(x):\n    return -1\n").unwrap();
            saved = true;
        }
    });
    let verdicts: Vec<Verdict> = report.tests.iter().map(|t| t.verdict).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::TimeLimitExceeded,
            Verdict::Accepted,
            Verdict::Accepted,
            Verdict::Accepted
        ],
        "{report:#?}"
    );
}

#[test]
fn a_runaway_recursion_leaves_nothing_to_the_next_test() {
    // Each test recurses 100,000 frames deep into a RecursionError. A
    // traceback kept alive between tests (in a cycle with the harness's
    // frame) made memory climb and later tests slow down into TLE, and
    // the runners disagree.
    let dir = problem(12, 2000);
    let problem = judge_problem::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let file = write(
        dir.path(),
        "recursive.py",
        "import sys\nsys.setrecursionlimit(100_000)\n\ndef f(x):\n    return f(x)\n",
    );
    let submission = Submission::read(&file).unwrap();
    for runner in runners() {
        let report = engine(runner).judge(&problem, &submission, &mut |_| {});
        let wrong: Vec<String> = report
            .tests
            .iter()
            .filter(|t| t.verdict != Verdict::RuntimeError)
            .map(|t| format!("{}: {}", t.name, t.verdict))
            .collect();
        assert!(wrong.is_empty(), "{runner}: every test is RE, not {wrong:?}");
        let last = report.tests.last().and_then(|t| t.failure.as_ref());
        let exception = last.and_then(|f| f.exception.as_ref()).expect("the exception");
        assert_eq!(exception.type_name, "RecursionError", "{runner}");
        if runner == "process" {
            // what the process holds stays as it was after the first test
            let memory: Vec<u64> = report.tests.iter().filter_map(|t| t.peak_memory_kb).collect();
            let (first, peak) = (memory[0], *memory.iter().max().unwrap());
            assert!(
                peak < first + first / 2,
                "{runner}: memory grew from {first} KiB to {peak} KiB"
            );
        }
    }
}

#[test]
fn an_interpreter_failure_gets_a_fresh_interpreter_before_it_is_blamed() {
    let dir = problem(4, 1000);
    let problem = judge_problem::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    // As an interpreter whose state went bad after its first test would:
    // SystemError from the second call of a process on. Each test run
    // again in a fresh process passes.
    let flaky = write(
        dir.path(),
        "flaky.py",
        "calls = 0\n\ndef f(x):\n    global calls\n    calls += 1\n    if calls > 1:\n        raise SystemError('error return without exception set')\n    return x\n",
    );
    let report = engine("process").judge(&problem, &Submission::read(&flaky).unwrap(), &mut |_| {});
    assert_eq!(report.verdict, Verdict::Accepted, "{report:#?}");
    // A SystemError the solution raises every time is its own: RE.
    let raises = write(dir.path(), "raises.py", "def f(x):\n    raise SystemError('mine')\n");
    for runner in runners() {
        let report = engine(runner).judge(&problem, &Submission::read(&raises).unwrap(), &mut |_| {});
        assert!(
            report.tests.iter().all(|t| t.verdict == Verdict::RuntimeError),
            "{runner}: {report:#?}"
        );
    }
}

/// What the sandbox refuses reaches outside the run; what a solution does
/// to itself stays allowed: threads, asyncio, anonymous memory maps, its
/// own nice value and CPU mask, files and directories of its own in its
/// working directory and TMPDIR (docs/sandbox.md, "Host state outside the
/// sandbox"), spawned and forked by the warm pool alike.
#[test]
fn the_sandbox_leaves_a_solution_its_own_threads_memory_and_scheduling() {
    let dir = problem(3, 2000);
    let problem = judge_problem::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let file = write(
        dir.path(),
        "solution.py",
        "import asyncio, mmap, os, threading\n\
         def f(x):\n\
         \x20   out = []\n\
         \x20   t = threading.Thread(target=out.append, args=(x,))\n\
         \x20   t.start(); t.join()\n\
         \x20   async def g():\n\
         \x20       await asyncio.sleep(0)\n\
         \x20       return out[0]\n\
         \x20   y = asyncio.run(g())\n\
         \x20   m = mmap.mmap(-1, 1 << 20)\n\
         \x20   m[0] = 1\n\
         \x20   m.close()\n\
         \x20   os.nice(0)\n\
         \x20   os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0))\n\
         \x20   os.sched_setaffinity(0, os.sched_getaffinity(0))\n\
         \x20   import tempfile\n\
         \x20   os.makedirs('notes/deep', exist_ok=True)\n\
         \x20   with open('notes/deep/x.txt', 'w') as w: w.write('%d' % y)\n\
         \x20   with tempfile.TemporaryFile() as t: t.write(b'1')\n\
         \x20   os.replace('notes/deep/x.txt', 'notes/y.txt')\n\
         \x20   y = int(open('notes/y.txt').read())\n\
         \x20   os.remove('notes/y.txt')\n\
         \x20   return y\n",
    );
    let submission = Submission::read(&file).unwrap();
    let python = judge_runner::Interpreter::discover().expect("python3");
    let harness = Arc::new(judge_runner::HarnessFile::write().expect("harness"));
    let pooled = judge_runner::ProcessRunner::with_warm_pool(python.clone(), harness.clone()).expect("warm pool");
    for engine in [engine("process"), Engine::new(Box::new(pooled), python, harness)] {
        let report = engine.judge(&problem, &submission, &mut |_| {});
        let failure = report
            .first_failure()
            .and_then(|t| t.failure.as_ref())
            .map(|f| f.summary.clone());
        assert_eq!(report.verdict, Verdict::Accepted, "{failure:?}");
    }
}

/// A test's peak memory is the child's, measured by the kernel (VmHWM of
/// the harness, read as its results arrive), not the judge's: the
/// harness's own figure (getrusage) starts from the judge's memory at the
/// fork, so a judge holding large expected values reported them as the
/// solution's (73 MB for a solution using 11).
#[test]
fn a_tests_peak_memory_is_the_solutions_not_the_judges() {
    let dir = problem(1, 2000);
    // ~1.5 million ints the judge holds and the child never sees
    let expected: Vec<String> = (0..1_500_000).map(|i| i.to_string()).collect();
    std::fs::write(
        dir.path().join("tests/sample.json"),
        format!(
            "[{{\"name\": \"big\", \"args\": [0], \"expected\": [{}]}}]",
            expected.join(",")
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("tests/hidden.json"),
        "[{\"name\": \"t1\", \"args\": [1], \"expected\": 1}]",
    )
    .unwrap();
    let peak_of = |source: &str| {
        let solution = write(dir.path(), "solution.py", source);
        let (report, _) = crate::support::run_json(dir.path(), &solution);
        report.tests[0].peak_memory_kb.expect("a peak memory") / 1024
    };
    let small = peak_of("def f(x):\n    return x\n");
    assert!(small < 40, "a solution holding nothing peaked at {small} MB");
    // and the figure is real: a solution that holds 80 MB shows it
    let large = peak_of("def f(x):\n    b = bytearray(80 << 20)\n    return len(b) * 0 + x\n");
    assert!(
        (80..80 + 40).contains(&large),
        "a solution holding 80 MB peaked at {large} MB"
    );
}
