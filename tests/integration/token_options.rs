//! The `tokens` checker's Kattis options through the real judge: a
//! package that needs a tolerance, or ignores case, needs no validator.

use std::fs;
use std::path::PathBuf;

use judge_report::Verdict;

use crate::support::{copy_dir, fixture, judge, run_json, stderr};

/// A copy of the `divide` fixture (whose own checker is a validator) with
/// `checker` as its `[checker]` table.
fn divide_with(checker: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("divide");
    copy_dir(&fixture("divide"), &dir);
    let toml = fs::read_to_string(dir.join("problem.toml")).unwrap();
    let head = &toml[..toml.find("[checker]").unwrap()];
    fs::write(dir.join("problem.toml"), format!("{head}[checker]\n{checker}")).unwrap();
    (tmp, dir)
}

#[test]
fn a_float_tolerance_accepts_numbers_in_any_notation() {
    let (_tmp, dir) = divide_with("type = \"tokens\"\nfloat_abs_tol = 1e-6\nfloat_rel_tol = 1e-6\n");
    for (solution, want) in [
        ("accepted/divides.py", Verdict::Accepted),
        ("accepted/seven_places.py", Verdict::Accepted),
        ("wrong_answer/two_places.py", Verdict::WrongAnswer),
        ("wrong_answer/floor_division.py", Verdict::WrongAnswer),
    ] {
        let (report, _) = run_json(&dir, &dir.join("solutions").join(solution));
        assert_eq!(report.verdict, want, "{solution}: {report:#?}");
    }
    let (report, _) = run_json(&dir, &dir.join("solutions/wrong_answer/two_places.py"));
    let summary = &report.tests[0].failure.as_ref().unwrap().summary;
    assert_eq!(
        summary,
        "token 1 (line 1 of the output): expected '0.3333333333333333', got '0.33' (off by 3.333e-3; the tolerance is absolute 1e-6 or relative 1e-6)"
    );
    // without the tolerance the same text is wrong: numbers are text
    let (_tmp, plain) = divide_with("type = \"tokens\"\n");
    let (report, _) = run_json(&plain, &plain.join("solutions/accepted/seven_places.py"));
    assert_eq!(report.verdict, Verdict::WrongAnswer);
}

#[test]
fn case_and_spacing_options() {
    let (_tmp, dir) = divide_with("type = \"tokens\"\ncase_sensitive = false\n");
    fs::write(dir.join("tests/sample/1.ans"), "POSSIBLE\n").unwrap();
    let shouts = dir.join("solutions/accepted/divides.py");
    fs::write(&shouts, "input()\nprint('Possible')\n").unwrap();
    let (report, _) = run_json(&dir, &shouts);
    assert_eq!(report.tests[0].verdict, Verdict::Accepted, "{report:#?}");

    let (_tmp, dir) = divide_with("type = \"tokens\"\nspace_change_sensitive = true\n");
    fs::write(dir.join("tests/sample/1.ans"), "1 2\n").unwrap();
    let spaced = dir.join("solutions/accepted/divides.py");
    fs::write(&spaced, "input()\nprint('1  2')\n").unwrap();
    let (report, _) = run_json(&dir, &spaced);
    assert_eq!(report.tests[0].verdict, Verdict::WrongAnswer);
    assert_eq!(
        report.tests[0].failure.as_ref().unwrap().summary,
        "the spacing differs after token 1 (line 1 of the output): expected whitespace ' ', got whitespace '  '"
    );
}

#[test]
fn a_bad_option_is_refused_with_the_file_the_line_and_the_key() {
    let (_tmp, dir) = divide_with("type = \"tokens\"\ncase_sensitive = \"no\"\n");
    let out = judge(&[
        "run",
        &dir.to_string_lossy(),
        &dir.join("solutions/accepted/divides.py").to_string_lossy(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("divide/problem.toml:14:18: `checker.case_sensitive` must be true or false"),
        "{err}"
    );
}
