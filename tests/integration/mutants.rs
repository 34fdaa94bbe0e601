//! `judge check --mutants`: a fixture problem whose tests never try the
//! boundary lets mutants survive (reported with their diffs, exit 1) until
//! they are recorded as equivalent; one whose tests do kills them all; a
//! seed decides the mutants.

use judge_report::{BankReport, MutantsCheck};

use crate::support::{copy_dir, fixture, judge, stderr, stdout};

const WEAK: &str = "tests/fixtures/mutants/weak-tests";
const STRONG: &str = "tests/fixtures/mutants/strong-tests";

fn check_json(args: &[&str]) -> (BankReport, i32) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = judge(&all);
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("judge {all:?} printed no JSON report ({e}); stderr:\n{}", stderr(&out)));
    (report, out.status.code().unwrap_or(-1))
}

fn mutants_of(report: &BankReport) -> &MutantsCheck {
    assert_eq!(report.problems.len(), 1, "{report:#?}");
    report.problems[0].mutants.as_ref().expect("a mutants object")
}

#[test]
fn a_weak_test_set_lets_mutants_survive_each_shown_as_a_diff() {
    let out = judge(&["check", WEAK, "--mutants", "--color", "never"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}{}", stderr(&out));
    assert!(text.contains("mutants: killed 2/5 (0 equivalent)"), "{text}");
    // the boundary moved: no test has age 17 or 18
    assert!(
        text.contains("-    return age >= 18\n    +    return age > 18\n"),
        "{text}"
    );
    assert!(text.contains("+    return age >= 19"), "{text}");
    assert!(text.contains("+    return age >= 17"), "{text}");
    assert!(
        text.contains("compare.py:3: mutant ") && text.contains("equivalent-mutants.txt"),
        "{text}"
    );

    let (report, code) = check_json(&[WEAK, "--mutants", "12"]);
    assert_eq!(code, 1);
    let mutants = mutants_of(&report);
    assert_eq!((mutants.total, mutants.killed, mutants.equivalent), (5, 2, 0));
    assert_eq!(mutants.survivors.len(), 3);
    assert_eq!(report.errors, 3, "a survivor is an error");
    for survivor in &mutants.survivors {
        assert!(survivor.solution.ends_with("solutions/accepted/compare.py"));
        assert_eq!(survivor.line, 3);
        assert_eq!(survivor.hash.len(), 16);
        assert!(survivor.diff.contains("-    return age >= 18"), "{}", survivor.diff);
    }

    // JUnit: the survivors are failures of the solution they came from
    let out = judge(&["check", WEAK, "--mutants", "--format", "junit"]);
    let xml = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(xml.contains("<failure") && xml.contains("survives"), "{xml}");
}

#[test]
fn survivors_recorded_as_equivalent_pass_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let problem = dir.path().join("weak-tests");
    copy_dir(&fixture("mutants/weak-tests"), &problem);
    let path = problem.to_string_lossy().into_owned();
    let (report, _) = check_json(&[&path, "--mutants"]);
    let survivors = &mutants_of(&report).survivors;
    // one recorded: the other two are still reported
    let first = format!("# judged by hand\n{}  # the boundary\n", survivors[0].hash);
    std::fs::write(problem.join("equivalent-mutants.txt"), &first).unwrap();
    let (report, code) = check_json(&[&path, "--mutants"]);
    assert_eq!(code, 1);
    assert_eq!(mutants_of(&report).equivalent, 1);
    assert_eq!(mutants_of(&report).survivors.len(), 2);

    let all: String = survivors.iter().map(|s| format!("{}\n", s.hash)).collect();
    std::fs::write(problem.join("equivalent-mutants.txt"), all).unwrap();
    let (report, code) = check_json(&[&path, "--mutants"]);
    assert_eq!(code, 0, "{report:#?}");
    let mutants = mutants_of(&report);
    assert_eq!((mutants.total, mutants.killed, mutants.equivalent), (5, 2, 3));
    assert!(mutants.survivors.is_empty());
}

#[test]
fn record_equivalent_appends_the_survivors_for_the_next_check() {
    let dir = tempfile::tempdir().unwrap();
    let problem = dir.path().join("weak-tests");
    copy_dir(&fixture("mutants/weak-tests"), &problem);
    std::fs::write(problem.join("equivalent-mutants.txt"), "# kept").unwrap();
    let path = problem.to_string_lossy().into_owned();
    // this check still reports them
    let (report, code) = check_json(&[&path, "--mutants", "--record-equivalent"]);
    assert_eq!(code, 1);
    let survivors = &mutants_of(&report).survivors;
    let text = std::fs::read_to_string(problem.join("equivalent-mutants.txt")).unwrap();
    assert!(text.starts_with("# kept\n"), "{text}");
    assert_eq!(text.lines().count(), 1 + survivors.len(), "{text}");
    assert!(
        text.contains(&format!(
            "{}  # compare.py:3 compare `return age >= 18` -> `return age > 18`",
            survivors[0].hash
        )),
        "{text}"
    );
    let (report, code) = check_json(&[&path, "--mutants"]);
    assert_eq!(code, 0, "{report:#?}");
    assert_eq!(mutants_of(&report).equivalent, 3);
}

#[test]
fn a_malformed_equivalent_file_is_an_error_naming_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let problem = dir.path().join("strong-tests");
    copy_dir(&fixture("mutants/strong-tests"), &problem);
    std::fs::write(problem.join("equivalent-mutants.txt"), "# fine\nnot-a-hash\n").unwrap();
    let path = problem.to_string_lossy().into_owned();
    let (report, code) = check_json(&[&path, "--mutants"]);
    assert_eq!(code, 1);
    let finding = &report.problems[0].findings[0];
    assert!(
        finding.file.ends_with("strong-tests/equivalent-mutants.txt"),
        "{finding:?}"
    );
    assert_eq!(finding.line, Some(2));
    assert!(
        finding.message.contains("`not-a-hash` is not a mutant's hash"),
        "{finding:?}"
    );
}

#[test]
fn strong_tests_kill_every_mutant() {
    let (report, code) = check_json(&[STRONG, "--mutants", "12"]);
    assert_eq!(code, 0, "{report:#?}");
    let mutants = mutants_of(&report);
    assert_eq!((mutants.total, mutants.killed, mutants.equivalent), (5, 5, 0));
    assert!(mutants.survivors.is_empty());
    // without --mutants, no mutants object
    let (report, code) = check_json(&[STRONG]);
    assert_eq!(code, 0);
    assert!(report.problems[0].mutants.is_none());
}

#[test]
fn a_seed_decides_the_mutants() {
    let run = |seed: &str| {
        let (report, _) = check_json(&[WEAK, "--mutants", "2", "--mutants-seed", seed]);
        mutants_of(&report).clone()
    };
    let first = run("7");
    assert_eq!(first.total, 2);
    assert_eq!((first.per_solution, first.seed), (2, 7));
    assert_eq!(run("7"), first, "the same seed, the same mutants");
    // one mutant of five per seed: the seeds do not all pick the same one
    let picked: std::collections::BTreeSet<Vec<String>> = (0..6)
        .map(|seed| {
            let (report, _) = check_json(&[WEAK, "--mutants", "1", "--mutants-seed", &seed.to_string()]);
            let mutants = mutants_of(&report);
            assert_eq!(mutants.total, 1);
            mutants.survivors.iter().map(|s| s.hash.clone()).collect()
        })
        .collect();
    assert!(picked.len() > 1, "{picked:?}");
}
