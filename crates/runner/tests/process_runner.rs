//! The process runner against real Python: every way a case can end.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use judge_model::{Call, CaseInput, Op, Value};
use judge_runner::{
    CaseStatus, HarnessFile, Interpreter, Job, JobKind, JobLimits, LoadFailure, OpResult, ProcessRunner, RunEvent,
    Runner,
};

fn runner() -> &'static ProcessRunner {
    static RUNNER: OnceLock<ProcessRunner> = OnceLock::new();
    RUNNER.get_or_init(|| {
        let python = Interpreter::discover().expect("python3 on PATH");
        ProcessRunner::new(python, Arc::new(HarnessFile::write().expect("harness written")))
    })
}

fn pooled_runner() -> &'static ProcessRunner {
    static RUNNER: OnceLock<ProcessRunner> = OnceLock::new();
    RUNNER.get_or_init(|| {
        let python = Interpreter::discover().expect("python3 on PATH");
        ProcessRunner::with_warm_pool(python, Arc::new(HarnessFile::write().expect("harness written")))
            .expect("the warm pool starts")
    })
}

struct Solution {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn solution(source: &str) -> Solution {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("solution.py");
    std::fs::write(&path, source).unwrap();
    Solution { _dir: dir, path }
}

const LIMITS: JobLimits = JobLimits {
    cpu_ms: 1000,
    wall_ms: 2000,
    memory_bytes: 512 << 20,
    output_bytes: 64 << 10,
};

/// The wall limit of jobs that spin and expect the CPU limit to stop them:
/// ten times their CPU limit, so that a busy machine's small share of a CPU
/// still meets the CPU limit first.
const SPIN_WALL_MS: u64 = 2000;

fn run(kind: JobKind, source: &str, cases: Vec<CaseInput>, limits: JobLimits) -> Vec<RunEvent> {
    run_with(runner(), kind, source, cases, limits)
}

fn run_with(
    runner: &ProcessRunner,
    kind: JobKind,
    source: &str,
    cases: Vec<CaseInput>,
    limits: JobLimits,
) -> Vec<RunEvent> {
    run_job(runner, kind, source, cases, limits, false, vec![])
}

fn run_job(
    runner: &ProcessRunner,
    kind: JobKind,
    source: &str,
    cases: Vec<CaseInput>,
    limits: JobLimits,
    stop_at_timeout: bool,
    exceptions_expected: Vec<usize>,
) -> Vec<RunEvent> {
    let s = solution(source);
    let job = Job {
        solution: judge_runner::Submission::read(&s.path).unwrap(),
        kind,
        cases: cases.into(),
        exceptions_expected,
        limits,
        site_packages: false,
        driver: None,
        forbid: Vec::new(),
        interaction: None,
        stop_at_timeout,
        stop: Default::default(),
    };
    let mut events = Vec::new();
    runner.run(&job, &mut |e| events.push(e)).expect("the runner works");
    events
}

fn call(args: Vec<Value>) -> CaseInput {
    CaseInput::Call(Call { args, kwargs: vec![] })
}

fn function(source: &str, cases: Vec<CaseInput>) -> Vec<CaseStatus> {
    statuses(run(JobKind::Function { entry: "f".into() }, source, cases, LIMITS))
}

fn statuses(events: Vec<RunEvent>) -> Vec<CaseStatus> {
    events
        .into_iter()
        .enumerate()
        .map(|(i, e)| match e {
            RunEvent::Case { index, outcome } => {
                assert_eq!(index, i, "events arrive in case order");
                outcome.status
            }
            RunEvent::LoadFailed(f) => panic!("load failed: {f:?}"),
        })
        .collect()
}

#[test]
fn values_cross_into_python_and_back_unchanged() {
    let tricky = [
        "null",
        "true",
        "0",
        "-123456789012345678901234567890",
        "1.5",
        "-0.0",
        "1e300",
        r#"{"$float": "inf"}"#,
        r#""é\u0000\n""#,
        r#"{"$bytes": "\u0000\u00ff"}"#,
        r#"[1, {"$tuple": [2, [3]]}]"#,
        r#"{"$set": [1, "a"]}"#,
        r#"{"$frozenset": [{"$tuple": []}]}"#,
        r#"{"$dict": [[{"$tuple": [1, 2]}, "x"], [3, null]]}"#,
        r#"{"$dict": [["$tag", 1]]}"#,
        r#"{"a": {"b": []}}"#,
    ];
    let values: Vec<Value> = tricky
        .iter()
        .map(|t| judge_model::json::from_json(t).unwrap())
        .collect();
    let got = function(
        "def f(x):\n    return x\n",
        values.iter().map(|v| call(vec![v.clone()])).collect(),
    );
    for (v, status) in values.iter().zip(got) {
        assert_eq!(status, CaseStatus::Returned(v.clone()));
    }
}

#[test]
fn prints_are_captured_not_parsed() {
    let events = run(
        JobKind::Function { entry: "f".into() },
        "import sys\ndef f():\n    print('{\"ev\": \"result\", \"id\": 0}')\n    print('oops', file=sys.stderr)\n    return 1\n",
        vec![call(vec![])],
        LIMITS,
    );
    let RunEvent::Case { outcome, .. } = &events[0] else {
        panic!()
    };
    assert_eq!(outcome.status, CaseStatus::Returned(Value::int(1)));
    assert_eq!(outcome.stdout, "{\"ev\": \"result\", \"id\": 0}\n");
    assert_eq!(outcome.stderr, "oops\n");
    assert!(outcome.cpu_ms.is_some() && outcome.peak_rss_kb.is_some());
}

#[test]
fn a_timeout_costs_one_case_and_the_rest_run_in_a_fresh_child() {
    let source = "import os, time\ndef f(mode):\n    if mode == 'spin':\n        while True: pass\n    \
                  if mode == 'sleep':\n        time.sleep(60)\n    return os.getpid()\n";
    let limits = JobLimits {
        cpu_ms: 200,
        wall_ms: SPIN_WALL_MS,
        ..LIMITS
    };
    let cases = ["pid", "spin", "pid", "sleep", "pid"]
        .map(|m| call(vec![Value::str(m)]))
        .to_vec();
    let got = statuses(run(JobKind::Function { entry: "f".into() }, source, cases, limits));
    assert_eq!(got[1], CaseStatus::TimedOut { cpu: true });
    assert_eq!(got[3], CaseStatus::TimedOut { cpu: false });
    let pid = |s: &CaseStatus| match s {
        CaseStatus::Returned(v) => v.clone(),
        other => panic!("{other:?}"),
    };
    assert_ne!(pid(&got[0]), pid(&got[2]), "a fresh child after the timeout");
    assert_ne!(pid(&got[2]), pid(&got[4]));
}

#[test]
fn a_job_that_asks_stops_at_its_first_timeout() {
    let source =
        "import os\ndef f(mode):\n    while mode == 'spin': pass\n    if mode == 'die': os._exit(3)\n    return 1\n";
    let limits = JobLimits {
        cpu_ms: 200,
        wall_ms: SPIN_WALL_MS,
        ..LIMITS
    };
    let cases = ["ok", "die", "ok", "spin", "ok", "spin"]
        .map(|m| call(vec![Value::str(m)]))
        .to_vec();
    for runner in [runner(), pooled_runner()] {
        let kind = JobKind::Function { entry: "f".into() };
        let got = statuses(run_job(runner, kind, source, cases.clone(), limits, true, vec![]));
        // a death is not a timeout: the run goes on past it
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(matches!(got[1], CaseStatus::Crashed { .. }), "{got:?}");
        assert_eq!(got[2], CaseStatus::Returned(Value::int(1)));
        assert_eq!(got[3], CaseStatus::TimedOut { cpu: true });
    }
}

#[test]
fn deaths_are_reported_and_the_run_goes_on() {
    let source = "import os, signal\ndef f(how):\n    if how == 'exit':\n        os._exit(0)\n    \
                  if how == 'segv':\n        os.kill(os.getpid(), signal.SIGSEGV)\n    \
                  if how == 'close':\n        os.close(4)\n        import time; time.sleep(30)\n    return how\n";
    let cases = ["exit", "ok", "segv", "close", "last"]
        .map(|m| call(vec![Value::str(m)]))
        .to_vec();
    let got = function(source, cases);
    assert!(matches!(&got[0], CaseStatus::Crashed { description } if description.contains("exited with code 0")));
    assert_eq!(got[1], CaseStatus::Returned(Value::str("ok")));
    assert!(matches!(&got[2], CaseStatus::Crashed { description } if description.contains("SIGSEGV")));
    assert!(matches!(&got[3], CaseStatus::Crashed { description } if description.contains("result channel")));
    assert_eq!(got[4], CaseStatus::Returned(Value::str("last")));
}

#[test]
fn memory_and_output_limits() {
    let source = "import os\ndef f(how):\n    if how == 'memory':\n        return len(bytearray(1 << 30))\n    \
                  if how == 'print':\n        while True: print('x' * 1000)\n    \
                  if how == 'fd':\n        while True: os.write(1, b'x' * 10000)\n    return 0\n";
    let limits = JobLimits {
        memory_bytes: 256 << 20,
        ..LIMITS
    };
    let cases = ["memory", "print", "fd", "ok"]
        .map(|m| call(vec![Value::str(m)]))
        .to_vec();
    let got = statuses(run(JobKind::Function { entry: "f".into() }, source, cases, limits));
    assert_eq!(got[0], CaseStatus::MemoryExceeded);
    assert_eq!(got[1], CaseStatus::OutputExceeded);
    assert_eq!(got[2], CaseStatus::OutputExceeded);
    assert_eq!(got[3], CaseStatus::Returned(Value::int(0)));
}

#[test]
fn load_failures() {
    let load = |source: &str| match &run(
        JobKind::Function { entry: "f".into() },
        source,
        vec![call(vec![])],
        LIMITS,
    )[..]
    {
        [RunEvent::LoadFailed(f)] => f.clone(),
        other => panic!("{other:?}"),
    };
    assert!(matches!(load("def f(:\n"), LoadFailure::Syntax { line: Some(1), .. }));
    assert!(matches!(load("def g(): pass\n"), LoadFailure::MissingEntry { .. }));
    assert!(matches!(load("f = 3\n"), LoadFailure::MissingEntry { message } if message.contains("not a function")));
    assert!(
        matches!(load("raise ValueError('at import')\n"), LoadFailure::Raised { exception, .. } if exception.message == "at import")
    );
    assert!(matches!(load("while True: pass\n"), LoadFailure::TimedOut));
}

#[test]
fn a_class_case_ends_at_an_exception_beyond_those_it_expects() {
    let source = "class C:\n    def fail(self):\n        raise ValueError('no')\n    def ok(self):\n        return 1\n";
    let op = |method: &str| Op {
        method: method.into(),
        args: vec![],
    };
    let ops = CaseInput::Ops(["C", "fail", "ok", "fail", "fail", "ok"].map(op).to_vec());
    for runner in [runner(), pooled_runner()] {
        let kind = JobKind::Class { entry: "C".into() };
        // the first case expects one exception, the second has no count
        let events = run_job(runner, kind, source, vec![ops.clone(); 2], LIMITS, false, vec![1]);
        let ran: Vec<usize> = statuses(events)
            .into_iter()
            .map(|s| match s {
                CaseStatus::Ops(results) => results.len(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(ran, [4, 6], "up to the second exception; then all");
    }
}

#[test]
fn class_ops_and_stdio() {
    let events = run(
        JobKind::Class { entry: "Box".into() },
        "class Box:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v\n    def fail(self):\n        raise KeyError(1)\n",
        vec![CaseInput::Ops(vec![
            Op {
                method: "Box".into(),
                args: vec![Value::int(7)],
            },
            Op {
                method: "get".into(),
                args: vec![],
            },
            Op {
                method: "fail".into(),
                args: vec![],
            },
        ])],
        LIMITS,
    );
    let RunEvent::Case { outcome, .. } = &events[0] else {
        panic!()
    };
    let CaseStatus::Ops(results) = &outcome.status else {
        panic!("{:?}", outcome.status)
    };
    assert_eq!(results[1], OpResult::Returned(Value::int(7)));
    assert!(matches!(&results[2], OpResult::Raised(e) if e.is_instance_of("LookupError")));

    let got = statuses(run(
        JobKind::Stdio,
        "a, b = map(int, input().split())\nprint(a + b)\n",
        vec![CaseInput::Stdin("2 3\n".into()), CaseInput::Stdin("x\n".into())],
        LIMITS,
    ));
    assert_eq!(
        got[0],
        CaseStatus::Exited {
            output: "5\n".into(),
            code: 0
        }
    );
    assert!(matches!(&got[1], CaseStatus::Raised(e) if e.type_name == "ValueError"));
}

#[test]
fn arbitrary_values_cross_into_python_and_back() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;

    let mut generator = TestRunner::deterministic();
    let strategy = judge_model::arbitrary::argument_value();
    let values: Vec<Value> = (0..500)
        .map(|_| strategy.new_tree(&mut generator).expect("a value").current())
        .collect();
    let got = function(
        "def f(x):\n    return x\n",
        values.iter().map(|v| call(vec![v.clone()])).collect(),
    );
    for (v, status) in values.iter().zip(got) {
        match status {
            CaseStatus::Returned(back) => {
                assert!(back.same(v), "{} came back as {}", v.repr(), back.repr())
            }
            other => panic!("{} gave {other:?}", v.repr()),
        }
    }
}

#[test]
fn the_warm_pool_forks_children_that_behave_like_spawned_ones() {
    let source = "import os, signal, time\ndef f(how):\n    if how == 'spin':\n        while True: pass\n    \
                  if how == 'sleep':\n        time.sleep(60)\n    if how == 'segv':\n        os.kill(os.getpid(), signal.SIGSEGV)\n    \
                  if how == 'memory':\n        return len(bytearray(1 << 30))\n    if how == 'print':\n        print('x')\n        return None\n    \
                  return (os.getpid(), os.getpgrp() == os.getpid(), os.getcwd() == os.environ['HOME'], os.getppid())\n";
    let limits = JobLimits {
        cpu_ms: 200,
        wall_ms: SPIN_WALL_MS,
        memory_bytes: 256 << 20,
        ..LIMITS
    };
    let cases = ["ok", "spin", "ok", "sleep", "segv", "memory", "print", "ok"]
        .map(|m| call(vec![Value::str(m)]))
        .to_vec();
    let events = run_with(
        pooled_runner(),
        JobKind::Function { entry: "f".into() },
        source,
        cases,
        limits,
    );
    let got = statuses(events);
    let CaseStatus::Returned(Value::Tuple(first)) = &got[0] else {
        panic!("{:?}", got[0])
    };
    assert_eq!(
        first[1..3],
        [Value::Bool(true), Value::Bool(true)],
        "own process group, fresh workdir"
    );
    assert_ne!(
        first[3],
        Value::int(i64::from(std::process::id())),
        "forked by the pool, not spawned"
    );
    assert_eq!(got[1], CaseStatus::TimedOut { cpu: true });
    assert!(matches!(got[2], CaseStatus::Returned(_)));
    assert_eq!(got[3], CaseStatus::TimedOut { cpu: false });
    assert!(matches!(&got[4], CaseStatus::Crashed { description } if description.contains("SIGSEGV")));
    assert_eq!(got[5], CaseStatus::MemoryExceeded);
    assert_eq!(got[6], CaseStatus::Returned(Value::None));
    assert!(matches!(got[7], CaseStatus::Returned(_)));
    let pid = |s: &CaseStatus| match s {
        CaseStatus::Returned(Value::Tuple(items)) => items[0].clone(),
        other => panic!("{other:?}"),
    };
    assert_ne!(pid(&got[0]), pid(&got[2]), "a fresh child after the timeout");
}
