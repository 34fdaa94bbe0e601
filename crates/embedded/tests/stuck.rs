//! A case stuck where Python cannot interrupt it (one long C call that
//! holds the interpreter) ends the run with TLE after a bounded grace
//! time: the judge does not hang. Its own test binary: the interpreter is
//! not usable afterwards.

mod support;

use std::time::Instant;

use judge_model::Value;
use judge_runner::CaseStatus;
use support::{call, run_function};

#[test]
fn an_uninterruptible_call_ends_the_run_with_tle() {
    let started = Instant::now();
    // sum() over a huge range runs in C and never checks for signals
    let got = run_function(
        "def f(n):\n    return sum(range(n))\n",
        vec![
            call(vec![Value::int(10)]),
            call(vec![Value::int(10i64.pow(15))]),
            call(vec![Value::int(3)]),
        ],
    );
    assert_eq!(got[0], CaseStatus::Returned(Value::int(45)));
    assert_eq!(got[1], CaseStatus::TimedOut { cpu: true });
    assert_eq!(got[2], CaseStatus::TimedOut { cpu: true });
    // given up 2 s past the 3 s wall limit; the rest is a busy machine
    assert!(started.elapsed().as_secs() < 30, "took {:?}", started.elapsed());
}
