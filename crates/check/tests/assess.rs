//! The assessment rules on hand-made runs: no Python, no processes.

use judge_check::{ObservedRun, ProblemFacts, Role, SolutionRuns, TestFacts, assess};
use judge_problem::SolutionFolder;
use judge_report::{Failure, LimitsInfo, ProblemInfo, RunReport, SCHEMA, Severity, TestReport, Verdict};

const TESTS: [(&str, bool, &str); 4] = [
    ("sample/a", true, "(int)"),
    ("hidden/b", false, "(int)"),
    ("hidden/c", false, "(list)"),
    ("hidden/d", false, "(int)"),
];

fn facts() -> ProblemFacts {
    ProblemFacts {
        time_ms: 1000,
        wall_multiplier: 3.0,
        tests: TESTS
            .iter()
            .map(|(id, sample, shape)| TestFacts {
                id: (*id).into(),
                sample: *sample,
                shape: (*shape).into(),
                file: format!("p/tests/{}.json", id.split('/').next().unwrap()),
            })
            .collect(),
    }
}

/// A run with these verdicts (and CPU times) per test, and these outputs.
fn run(verdicts: [(Verdict, f64); 4], outputs: [u64; 4]) -> ObservedRun {
    let tests: Vec<TestReport> = TESTS
        .iter()
        .zip(verdicts)
        .map(|((id, sample, _), (verdict, cpu))| TestReport {
            name: (*id).into(),
            group: id.split('/').next().unwrap().into(),
            sample: *sample,
            verdict,
            cpu_ms: Some(cpu),
            wall_ms: cpu,
            peak_memory_kb: None,
            time_limit: None,
            failure: (verdict != Verdict::Accepted).then(|| {
                Box::new(Failure {
                    summary: format!("{verdict} here"),
                    ..Failure::default()
                })
            }),
        })
        .collect();
    ObservedRun {
        report: RunReport {
            schema: SCHEMA.into(),
            problem: ProblemInfo {
                slug: "p".into(),
                title: "P".into(),
                level: "junior".into(),
                kind: "function".into(),
                path: "p".into(),
            },
            solution: "s.py".into(),
            runner: "process".into(),
            python: "3.11".into(),
            sandbox: vec![],
            sandbox_warnings: vec![],
            verdict: Verdict::overall(tests.iter().map(|t| t.verdict)),
            passed: tests.iter().filter(|t| t.verdict == Verdict::Accepted).count(),
            total: tests.len(),
            limits: LimitsInfo {
                time_ms: 1000,
                wall_ms: 3000,
                memory_mb: 256,
                output_kb: 1024,
            },
            max_cpu_ms: tests.iter().filter_map(|t| t.cpu_ms).reduce(f64::max),
            tests,
            not_run: 0,
            load_failure: None,
            internal_error: None,
            complexity: None,
        },
        outputs: outputs.to_vec(),
        elapsed_ms: 10.0,
        probe: None,
    }
}

const AC: (Verdict, f64) = (Verdict::Accepted, 1.0);
const WA: (Verdict, f64) = (Verdict::WrongAnswer, 1.0);
const RE: (Verdict, f64) = (Verdict::RuntimeError, 1.0);
const TLE: (Verdict, f64) = (Verdict::TimeLimitExceeded, 1200.0);

fn solution(path: &str, role: Role, runs: Vec<ObservedRun>) -> SolutionRuns {
    SolutionRuns {
        path: path.into(),
        role,
        runs,
    }
}

fn accepted(runs: Vec<ObservedRun>) -> SolutionRuns {
    solution("ok.py", Role::Reference(SolutionFolder::Accepted), runs)
}

fn wrong(verdicts: [(Verdict, f64); 4]) -> SolutionRuns {
    solution(
        "wrong.py",
        Role::Reference(SolutionFolder::WrongAnswer),
        vec![run(verdicts, [0; 4])],
    )
}

fn errors(solutions: &[SolutionRuns]) -> Vec<String> {
    assess(&facts(), solutions, 2.0)
        .findings
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.file, f.message))
        .collect()
}

fn good_accepted() -> SolutionRuns {
    accepted(vec![run([AC; 4], [1, 2, 3, 4])])
}

#[test]
fn a_sound_problem_has_no_errors() {
    let slow = solution(
        "slow.py",
        Role::Reference(SolutionFolder::TimeLimitExceeded),
        vec![run([AC, WA, TLE, AC], [0; 4])],
    );
    assert!(errors(&[good_accepted(), wrong([AC, WA, WA, AC]), slow]).is_empty());
}

#[test]
fn an_accepted_solution_must_pass_everything() {
    let found = errors(&[accepted(vec![run([AC, AC, WA, AC], [0; 4])])]);
    assert_eq!(found, ["ok.py: an accepted solution fails: WA on hidden/c (WA here)"]);
}

#[test]
fn a_wrong_solution_must_be_caught_by_hidden_tests() {
    let passes = errors(&[good_accepted(), wrong([AC; 4])]);
    assert_eq!(
        passes,
        ["wrong.py: gets AC on every test: no test catches this wrong_answer solution"]
    );
    let samples_only = errors(&[good_accepted(), wrong([WA, AC, AC, AC])]);
    assert_eq!(samples_only.len(), 1);
    assert!(
        samples_only[0].contains("caught only by sample tests (sample/a)"),
        "{samples_only:?}"
    );
}

#[test]
fn a_worse_verdict_than_the_folders_is_reported() {
    let found = errors(&[good_accepted(), wrong([AC, WA, RE, AC])]);
    assert_eq!(
        found,
        ["wrong.py: gets RE on hidden/c (RE here): worse than the WA its folder promises"]
    );
    let tle = solution(
        "slow.py",
        Role::Reference(SolutionFolder::TimeLimitExceeded),
        vec![run([AC, WA, AC, AC], [0; 4])],
    );
    let found = errors(&[good_accepted(), tle]);
    assert_eq!(
        found,
        ["slow.py: should get TLE on at least one test, but gets WA on hidden/b (WA here)"]
    );
}

#[test]
fn the_time_margin_takes_each_tests_fastest_repeat() {
    let slow = |ms| (Verdict::Accepted, ms);
    let noisy = accepted(vec![
        run([AC, AC, slow(700.0), AC], [0; 4]),
        run([AC, AC, slow(300.0), AC], [0; 4]),
    ]);
    let assessment = assess(&facts(), &[noisy], 2.0);
    let margin = assessment.margin.unwrap();
    assert_eq!((margin.slowest_ms, margin.test.as_str()), (300.0, "hidden/c"));
    assert!(assessment.findings.is_empty(), "{:?}", assessment.findings);

    let too_slow = accepted(vec![run([AC, AC, slow(600.0), AC], [0; 4])]);
    let found = errors(&[too_slow]);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("ok.py: too close to the time limit: test hidden/c takes 600 ms"),
        "{found:?}"
    );
}

#[test]
fn different_answers_across_repeats_are_an_error() {
    let flaky = accepted(vec![run([AC; 4], [1, 2, 3, 4]), run([AC; 4], [1, 2, 9, 4])]);
    let found = errors(&[flaky]);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].contains("different answers across 2 runs on hidden/c"),
        "{found:?}"
    );
}

#[test]
fn a_template_that_passes_is_an_error() {
    let template = solution("template.py", Role::Template, vec![run([AC; 4], [0; 4])]);
    assert_eq!(
        errors(&[good_accepted(), template]),
        ["template.py: gets AC on every test: the starter file already solves the problem"]
    );
    let failing = solution("template.py", Role::Template, vec![run([RE; 4], [0; 4])]);
    assert!(errors(&[good_accepted(), failing]).is_empty());
}

#[test]
fn an_internal_error_is_never_blamed_on_the_solution() {
    let mut broken = run([AC; 4], [0; 4]);
    broken.report.internal_error = Some("the harness died".into());
    let found = errors(&[accepted(vec![broken])]);
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("internal error (the harness died)"), "{found:?}");
}

#[test]
fn a_test_that_catches_nothing_and_repeats_a_shape_is_a_note() {
    // hidden/d has hidden/b's shape; the wrong solution fails only hidden/c
    let notes: Vec<String> = assess(&facts(), &[good_accepted(), wrong([AC, AC, WA, AC])], 2.0)
        .findings
        .into_iter()
        .filter(|f| f.severity == Severity::Note)
        .map(|f| f.message)
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].starts_with("test hidden/b catches no wrong solution and has the same shape as sample/a"));
    assert!(notes[1].starts_with("test hidden/d catches no wrong solution and has the same shape as sample/a"));
    // a test some wrong solution fails is never flagged
    let caught = assess(&facts(), &[good_accepted(), wrong([AC, WA, WA, WA])], 2.0);
    assert!(caught.findings.is_empty(), "{:?}", caught.findings);
}

#[test]
fn a_slow_solution_stopped_at_its_first_timeout_is_judged_on_what_ran() {
    // hidden tests first, stopped at hidden/c: hidden/d and sample/a never ran
    let mut stopped = run([AC, AC, TLE, AC], [0; 4]);
    let tests = std::mem::take(&mut stopped.report.tests);
    stopped.report.tests = tests
        .into_iter()
        .filter(|t| t.name == "hidden/b" || t.name == "hidden/c")
        .collect();
    stopped.report.verdict = Verdict::TimeLimitExceeded;
    let slow = solution(
        "slow.py",
        Role::Reference(SolutionFolder::TimeLimitExceeded),
        vec![stopped],
    );
    let found = assess(&facts(), &[good_accepted(), slow], 2.0);
    let messages: Vec<&str> = found.findings.iter().map(|f| f.message.as_str()).collect();
    // no error; hidden/b ran and caught nothing, like sample/a: a note.
    // hidden/d did not run, so it may have caught the slow solution: no note
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with("test hidden/b catches no wrong solution"),
        "{messages:?}"
    );
}

fn in_folder(folder: SolutionFolder, verdicts: [(Verdict, f64); 4]) -> SolutionRuns {
    solution(folder.dir_name(), Role::Reference(folder), vec![run(verdicts, [0; 4])])
}

#[test]
fn a_rejected_solution_fails_somewhere_with_any_verdict() {
    let ok = [AC, WA, TLE, RE];
    for verdicts in [[AC, WA, AC, AC], [AC, AC, TLE, RE], [AC, RE, AC, AC]] {
        assert!(
            errors(&[good_accepted(), in_folder(SolutionFolder::Rejected, verdicts)]).is_empty(),
            "{verdicts:?} of {ok:?}"
        );
    }
    assert_eq!(
        errors(&[good_accepted(), in_folder(SolutionFolder::Rejected, [AC; 4])]),
        ["rejected: gets AC on every test: no test catches this rejected solution"]
    );
    assert_eq!(
        errors(&[good_accepted(), in_folder(SolutionFolder::Rejected, [RE, AC, AC, AC])]),
        ["rejected: caught only by sample tests (sample/a): the hidden tests alone must catch every wrong solution"]
    );
}

#[test]
fn a_slow_accepted_solution_is_right_where_it_finishes_and_not_held_to_the_margin() {
    // 900 ms of a 1000 ms limit: over the margin (500 ms) for accepted/
    let slow = (Verdict::Accepted, 900.0);
    assert!(
        errors(&[
            good_accepted(),
            in_folder(SolutionFolder::SlowAccepted, [AC, AC, slow, AC])
        ])
        .is_empty()
    );
    // too slow for the judge's limit: allowed (Kattis gives it a longer one)
    assert!(
        errors(&[
            good_accepted(),
            in_folder(SolutionFolder::SlowAccepted, [AC, AC, TLE, AC])
        ])
        .is_empty()
    );
    assert_eq!(
        errors(&[
            good_accepted(),
            in_folder(SolutionFolder::SlowAccepted, [AC, TLE, WA, RE])
        ]),
        [
            "slow_accepted: a slow_accepted solution must be right, if slow (only AC or TLE), but gets WA on hidden/c (WA here) and 1 more test"
        ]
    );
}

#[test]
fn a_brute_force_solution_never_answers_wrong() {
    for verdicts in [[AC, AC, TLE, AC], [AC, RE, TLE, AC], [AC; 4]] {
        assert!(
            errors(&[good_accepted(), in_folder(SolutionFolder::BruteForce, verdicts)]).is_empty(),
            "{verdicts:?}"
        );
    }
    assert_eq!(
        errors(&[
            good_accepted(),
            in_folder(SolutionFolder::BruteForce, [AC, TLE, WA, AC])
        ]),
        [
            "brute_force: a brute_force solution must never answer wrong (only AC, TLE, MLE or RE), but gets WA on hidden/c (WA here)"
        ]
    );
}
