//! The `tests` kind on the real binary: a person's test suite run against
//! the fixture's reference and buggy implementations of `is_leap`.

use judge_report::{Failure, RunReport, Verdict};

use crate::support::{copy_dir, fixture, judge, run_json, stderr, stdout};

fn run(solution: &str) -> (RunReport, i32) {
    let dir = fixture("leap-tests");
    run_json(&dir, &dir.join("solutions").join(solution))
}

fn failure_of<'a>(report: &'a RunReport, test: &str) -> &'a Failure {
    let found = report
        .tests
        .iter()
        .find(|t| t.name == test)
        .expect("the test is reported");
    found.failure.as_deref().expect("the test failed")
}

#[test]
fn a_suite_that_passes_on_the_reference_and_catches_every_bug_is_accepted() {
    let (report, code) = run("accepted/thorough.py");
    assert_eq!((report.verdict, code), (Verdict::Accepted, 0));
    assert_eq!(report.problem.kind, "tests");
    let names: Vec<&str> = report.tests.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        ["reference", "buggy/every_fourth", "buggy/never", "buggy/no_400_rule"]
    );
    assert_eq!(report.tests[1].group, "buggy");
}

#[test]
fn a_bug_the_tests_miss_is_named_but_its_code_is_not_shown() {
    let (report, code) = run("wrong_answer/misses_the_400_rule.py");
    assert_eq!((report.verdict, code), (Verdict::WrongAnswer, 1));
    let verdicts: Vec<Verdict> = report.tests.iter().map(|t| t.verdict).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Accepted,
            Verdict::Accepted,
            Verdict::Accepted,
            Verdict::WrongAnswer
        ]
    );
    let failure = failure_of(&report, "buggy/no_400_rule");
    assert_eq!(
        failure.summary,
        "all 3 tests passed on a buggy is_leap, which no test caught: Forgets that a century divisible by 400 is a leap year"
    );
    assert_eq!(
        failure.input.as_deref(),
        Some("is_leap = a buggy implementation: Forgets that a century divisible by 400 is a leap year")
    );
    let json = stdout(&judge(&[
        "run",
        "--format",
        "json",
        "tests/fixtures/leap-tests",
        "tests/fixtures/leap-tests/solutions/wrong_answer/misses_the_400_rule.py",
    ]));
    assert!(!json.contains("year % 100 != 0"), "the buggy code leaked: {json}");
}

#[test]
fn a_test_that_fails_on_the_reference_shows_the_test_and_the_values() {
    let (report, code) = run("wrong_answer/wrong_about_centuries.py");
    assert_eq!((report.verdict, code), (Verdict::WrongAnswer, 1));
    let failure = failure_of(&report, "reference");
    assert_eq!(
        failure.summary,
        "test_centuries_are_leap failed on the reference implementation, a correct is_leap: AssertionError"
    );
    let exception = failure.exception.as_ref().expect("the assertion is shown");
    assert_eq!(exception.type_name, "AssertionError");
    assert_eq!(
        exception.message,
        "assert is_leap(1900) == True\n  where is_leap(1900) = False"
    );
    let frame = exception.traceback.last().expect("the test's frame");
    assert_eq!((frame.function.as_str(), frame.line), ("test_centuries_are_leap", 7));
}

#[test]
fn a_suite_without_tests_is_a_wrong_answer_that_says_so() {
    let (report, _) = run("wrong_answer/no_tests.py");
    assert_eq!(report.verdict, Verdict::WrongAnswer);
    assert!(
        failure_of(&report, "reference")
            .summary
            .starts_with("the solution defines no tests"),
        "{report:?}"
    );
}

#[test]
fn calling_the_function_outside_a_test_is_a_runtime_error_at_import() {
    let (report, code) = run("runtime_error/raises_at_import.py");
    assert_eq!((report.verdict, code), (Verdict::RuntimeError, 1));
    let failure = report.load_failure.as_ref().expect("the load failure");
    assert!(
        failure.summary.contains("can only be called inside a test function"),
        "{failure:?}"
    );
}

#[test]
fn a_test_that_never_ends_is_a_time_limit_exceeded() {
    let (report, _) = run("time_limit_exceeded/loops.py");
    assert_eq!(report.verdict, Verdict::TimeLimitExceeded);
}

#[test]
fn judge_check_holds_the_suites_to_their_folders() {
    let out = judge(&["check", "tests/fixtures/leap-tests"]);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
}

#[test]
fn an_implementation_that_does_not_load_is_the_problems_fault() {
    let dir = tempfile::tempdir().unwrap();
    let problem = dir.path().join("leap-tests");
    copy_dir(&fixture("leap-tests"), &problem);
    let never = problem.join("implementations/buggy/never.py");
    let solution = problem.join("solutions/accepted/thorough.py");
    // a syntax error: refused before any test runs, naming the file and line
    std::fs::write(&never, "def is_leap(year:\n").unwrap();
    let out = judge(&["run", &problem.to_string_lossy(), &solution.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("implementations/buggy/never.py:1:"),
        "{}",
        stderr(&out)
    );
    // an exception at its import: that test's RE, which says whose code failed
    std::fs::write(
        &never,
        "def is_leap(year):\n    return False\n\nraise ValueError('broken')\n",
    )
    .unwrap();
    let (report, code) = run_json(&problem, &solution);
    assert_eq!((report.verdict, code), (Verdict::RuntimeError, 1));
    let summary = &failure_of(&report, "buggy/never").summary;
    assert!(
        summary.starts_with("the problem's implementation failed during this test")
            && summary.ends_with("implementations/buggy/never.py raised ValueError while loading: broken"),
        "{summary}"
    );
}

#[test]
fn a_package_without_buggy_implementations_is_refused_naming_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let problem = dir.path().join("leap-tests");
    copy_dir(&fixture("leap-tests"), &problem);
    for bug in ["every_fourth", "never", "no_400_rule"] {
        std::fs::remove_file(problem.join(format!("implementations/buggy/{bug}.py"))).unwrap();
    }
    let out = judge(&[
        "run",
        &problem.to_string_lossy(),
        &problem.join("solutions/accepted/thorough.py").to_string_lossy(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("implementations/buggy: no buggy implementations"),
        "{}",
        stderr(&out)
    );
}
