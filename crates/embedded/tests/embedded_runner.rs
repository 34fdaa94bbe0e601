//! The embedded runner: limits enforced by interrupting the interpreter,
//! and nothing of one submission left for the next.

mod support;

use std::time::Instant;

use judge_model::Value;
use judge_runner::CaseStatus;
use support::{call, run_function};

#[test]
fn values_arrive_as_python_objects_and_come_back() {
    let tricky = [
        r#"{"$tuple": [1, [2, {"$set": [3]}]]}"#,
        r#"{"$dict": [[{"$tuple": [1, 2]}, {"$bytes": "\u0000\u00ff"}]]}"#,
        "-123456789012345678901234567890",
        r#"{"$float": "nan"}"#,
        r#"{"$frozenset": [{"$tuple": []}]}"#,
    ];
    let values: Vec<Value> = tricky
        .iter()
        .map(|t| judge_model::json::from_json(t).unwrap())
        .collect();
    let got = run_function(
        "def f(x):\n    return x\n",
        values.iter().map(|v| call(vec![v.clone()])).collect(),
    );
    for (v, status) in values.iter().zip(got) {
        match status {
            CaseStatus::Returned(back) => {
                assert!(back.same(v), "{} came back as {}", v.repr(), back.repr())
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn an_infinite_loop_and_a_sleep_are_interrupted_and_the_rest_still_run() {
    let started = Instant::now();
    let got = run_function(
        "import time\ndef f(mode):\n    if mode == 'spin':\n        while True: pass\n    \
         if mode == 'sleep':\n        time.sleep(60)\n    if mode == 'swallow':\n        \
         while True:\n            try:\n                while True: pass\n            except BaseException:\n                pass\n    \
         return mode\n",
        ["ok", "spin", "ok", "sleep", "swallow", "last"]
            .map(|m| call(vec![Value::str(m)]))
            .to_vec(),
    );
    assert_eq!(got[0], CaseStatus::Returned(Value::str("ok")));
    assert_eq!(got[1], CaseStatus::TimedOut { cpu: true });
    assert_eq!(got[2], CaseStatus::Returned(Value::str("ok")));
    assert_eq!(got[3], CaseStatus::TimedOut { cpu: false });
    // a solution that catches the interrupt keeps being interrupted; the
    // harness stops it at the first one that lands outside its try
    assert!(matches!(got[4], CaseStatus::TimedOut { .. }), "{:?}", got[4]);
    assert_eq!(got[5], CaseStatus::Returned(Value::str("last")));
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}

#[test]
fn an_interrupt_landing_in_the_harness_is_still_that_cases_timeout() {
    // A repeated interrupt can arrive after the solution has stopped, while
    // the harness's own code runs. Here it is raised there on purpose: the
    // harness's clock, read right after the call returns, raises once.
    let got = run_function(
        "import sys\n\
         harness = sys.modules['harness']\n\
         clock = harness._perf_counter\n\
         def raise_once():\n    harness._perf_counter = clock\n    raise harness.TimeLimitExceeded()\n\
         def f(mode):\n    if mode == 'late':\n        harness._perf_counter = raise_once\n    return mode\n",
        ["ok", "late", "after"].map(|m| call(vec![Value::str(m)])).to_vec(),
    );
    assert_eq!(got[0], CaseStatus::Returned(Value::str("ok")));
    assert!(matches!(got[1], CaseStatus::TimedOut { .. }), "{:?}", got[1]);
    assert_eq!(got[2], CaseStatus::Returned(Value::str("after")));
}

#[test]
fn memory_is_limited_per_submission() {
    let got = run_function(
        "def f(n):\n    return len(bytearray(n))\n",
        vec![
            call(vec![Value::int(1 << 20)]),
            call(vec![Value::int(1 << 30)]),
            call(vec![Value::int(10)]),
        ],
    );
    assert_eq!(got[0], CaseStatus::Returned(Value::int(1 << 20)));
    assert_eq!(got[1], CaseStatus::MemoryExceeded);
    assert_eq!(got[2], CaseStatus::Returned(Value::int(10)));
}

#[test]
fn nothing_leaks_from_one_submission_to_the_next() {
    // Submissions share one interpreter; this test's two run one after the
    // other (the runner takes one job at a time).
    let polluter = "import sys, builtins, json\n\
        sys.setrecursionlimit(50)\n\
        builtins.len = lambda x: -1\n\
        json.dumps = None\n\
        sys.modules['planted'] = sys\n\
        leftover = 'from the first submission'\n\
        def f():\n    return 'polluted'\n";
    assert_eq!(
        run_function(polluter, vec![call(vec![])]),
        [CaseStatus::Returned(Value::str("polluted"))]
    );
    let inspector = "import sys, json\n\
        def f():\n    \
            return (sys.getrecursionlimit() >= 1000, len([1, 2]), json.dumps is not None, \
                    'planted' in sys.modules, 'leftover' in globals())\n";
    let got = run_function(inspector, vec![call(vec![])]);
    let want = Value::Tuple(vec![
        Value::Bool(true),
        Value::int(2),
        Value::Bool(true),
        Value::Bool(false),
        Value::Bool(false),
    ]);
    assert_eq!(got, [CaseStatus::Returned(want)]);
}
