//! `judge run --fail-fast` (and `judge practice`, by default): a run stops
//! at its first failing test and says how many were not run.

use std::path::{Path, PathBuf};
use std::time::Instant;

use judge_report::{RunReport, Verdict};

use crate::support::{copy_dir, fixture, judge, stdout};

/// The `add` fixture with 20 hidden tests (300 ms CPU, 600 ms wall each).
fn twenty_tests() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let problem = tmp.path().join("add");
    copy_dir(&fixture("add"), &problem);
    let tests: Vec<String> = (0..20)
        .map(|i| format!(r#"{{"name": "t{i:02}", "args": [{i}, 1], "expected": {}}}"#, i + 1))
        .collect();
    std::fs::write(
        problem.join("tests/hidden.json"),
        format!("[\n{}\n]\n", tests.join(",\n")),
    )
    .unwrap();
    (tmp, problem)
}

fn run(problem: &Path, solution: &str, extra: &[&str]) -> (RunReport, String) {
    let solution = problem.join("solutions").join(solution);
    let mut args = vec!["run", "--no-record", "--format", "json"];
    args.extend_from_slice(extra);
    let (problem, solution) = (problem.to_string_lossy(), solution.to_string_lossy());
    args.extend([problem.as_ref(), solution.as_ref()]);
    let out = judge(&args);
    let text = stdout(&out);
    let report = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    (report, text)
}

#[test]
fn a_sleeping_solution_costs_one_wall_limit_not_twenty() {
    let (_tmp, problem) = twenty_tests();
    let started = Instant::now();
    let (report, _) = run(&problem, "time_limit_exceeded/sleeps.py", &["--fail-fast"]);
    let elapsed = started.elapsed();
    assert_eq!(report.verdict, Verdict::TimeLimitExceeded);
    // the first test (a sample) times out; the 20 hidden tests never run
    assert_eq!(report.tests.len(), 1, "{:?}", report.tests);
    assert_eq!(report.total, 1);
    let all = 20 + 1; // hidden + the fixture's sample
    assert_eq!(report.not_run, all - 1);
    // twenty wall limits would be 12 s: ten is far from both
    assert!(elapsed.as_secs_f64() < 6.0, "took {elapsed:?}");
}

#[test]
fn a_wrong_answer_stops_the_run_in_both_runners_and_the_report_says_so() {
    let (_tmp, problem) = twenty_tests();
    for runner in ["process", "embedded"] {
        let (report, _) = run(
            &problem,
            "wrong_answer/off_by_one.py",
            &["--fail-fast", "--runner", runner],
        );
        assert_eq!(report.verdict, Verdict::WrongAnswer, "{runner}");
        assert_eq!(report.tests.len(), 1, "{runner}: {:?}", report.tests);
        assert_eq!(report.not_run, 20, "{runner}");
    }
    let solution = problem.join("solutions/wrong_answer/off_by_one.py");
    let out = judge(&[
        "run",
        "--no-record",
        "--fail-fast",
        &problem.to_string_lossy(),
        &solution.to_string_lossy(),
    ]);
    let text = stdout(&out);
    assert!(
        text.contains("stopped at the first failure: 20 more tests not run"),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_accepted_solution_runs_every_test_and_without_the_flag_nothing_stops() {
    let (_tmp, problem) = twenty_tests();
    let (report, text) = run(&problem, "accepted/plain.py", &["--fail-fast"]);
    assert_eq!(
        (report.verdict, report.tests.len(), report.not_run),
        (Verdict::Accepted, 21, 0)
    );
    assert!(!text.contains("not_run"), "an empty count is not written: {text}");
    let (report, _) = run(&problem, "wrong_answer/off_by_one.py", &[]);
    assert_eq!((report.tests.len(), report.not_run), (21, 0));
}
