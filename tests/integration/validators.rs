//! Output validators (`[checker] type = "program"`, docs/problem-format.md,
//! "Checkers"): real validators, in Python and in C, run by the real judge
//! on copies of the `divide` fixture. A validator's failure is IE naming
//! the problem and the validator; one that does not compile is the
//! author's mistake (exit 2, naming the file); a compiled one is reused
//! from the cache.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use judge_report::{BankReport, RunReport, Verdict};

use crate::support::{JUDGE, copy_dir, fixture, run_json, shared_history, stderr};

/// A copy of the `divide` fixture with `checker` as its `[checker]` table
/// and `files` (path, text) written into it.
fn divide_with(checker: &str, files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("divide");
    copy_dir(&fixture("divide"), &dir);
    let toml = fs::read_to_string(dir.join("problem.toml")).unwrap();
    let head = &toml[..toml.find("[checker]").expect("the fixture has a [checker] table")];
    fs::write(dir.join("problem.toml"), format!("{head}[checker]\n{checker}")).unwrap();
    for (path, text) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    (tmp, dir)
}

/// `judge ARGS...` with `cache` as the user's cache directory (where
/// compiled validators are kept).
fn judge_cached(cache: &Path, args: &[&str]) -> Output {
    Command::new(JUDGE)
        .args(args)
        .env("XDG_CACHE_HOME", cache)
        .env("JUDGE_DB", shared_history())
        .output()
        .expect("the judge binary runs")
}

fn run_cached(cache: &Path, problem: &Path, solution: &str) -> (RunReport, i32) {
    let solution = problem.join("solutions").join(solution);
    let out = judge_cached(
        cache,
        &[
            "run",
            "--format",
            "json",
            &problem.to_string_lossy(),
            &solution.to_string_lossy(),
        ],
    );
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}); stderr:\n{}", stderr(&out)));
    (report, out.status.code().unwrap_or(-1))
}

fn run(problem: &Path, solution: &str) -> (RunReport, i32) {
    run_json(problem, &problem.join("solutions").join(solution))
}

fn first_summary(report: &RunReport) -> String {
    report
        .first_failure()
        .and_then(|t| t.failure.as_deref())
        .map(|f| f.summary.clone())
        .unwrap_or_else(|| panic!("a failure is reported: {report:#?}"))
}

/// `judge check` of one problem: every solution gets its folder's verdict.
fn check_passes(cache: &Path, problem: &Path) {
    let out = judge_cached(cache, &["check", "--format", "json", &problem.to_string_lossy()]);
    let report: BankReport = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}); stderr:\n{}", stderr(&out)));
    assert_eq!(out.status.code(), Some(0), "{report:#?}");
    assert_eq!(report.errors, 0, "{report:#?}");
    let solutions = &report.problems[0].solutions;
    for (folder, verdict) in [("accepted", Verdict::Accepted), ("wrong_answer", Verdict::WrongAnswer)] {
        let of_folder: Vec<_> = solutions.iter().filter(|s| s.expected == folder).collect();
        assert_eq!(of_folder.len(), 2, "{folder}: {solutions:#?}");
        for s in of_folder {
            assert_eq!(s.verdicts, [verdict], "{}", s.path);
        }
    }
}

#[test]
fn a_python_kattis_validator_accepts_within_its_tolerance_and_says_why_not() {
    let divide = fixture("divide");
    // 7 decimal places: not the answer file's text, within the tolerance
    let (report, code) = run(&divide, "accepted/seven_places.py");
    assert_eq!((report.verdict, code), (Verdict::Accepted, 0), "{report:#?}");
    let (report, code) = run(&divide, "wrong_answer/two_places.py");
    assert_eq!((report.verdict, code), (Verdict::WrongAnswer, 1));
    // judgemessage.txt is the message
    assert_eq!(
        first_summary(&report),
        "1 / 3: expected 0.3333333333333333, got 0.33, off by 0.00333 (tolerance 1e-06)"
    );
    let failure = report.tests[0].failure.as_deref().unwrap();
    assert_eq!(failure.got.as_ref().map(|g| g.repr.as_str()), Some("'0.33'"));
    // the problem's args reach the validator: a looser tolerance accepts
    let (_tmp, loose) = divide_with(
        "type = \"program\"\nprogram = \"output_validator/validate.py\"\nargs = [\"float_tolerance\", \"0.01\"]\n",
        &[],
    );
    let (report, _) = run(&loose, "wrong_answer/two_places.py");
    assert_eq!(report.verdict, Verdict::Accepted, "{report:#?}");
}

#[test]
fn judge_check_gives_the_folders_verdicts_with_a_validator() {
    let cache = tempfile::tempdir().unwrap();
    check_passes(cache.path(), &fixture("divide"));
}

const C_VALIDATOR: &str = r#"/* A Kattis-protocol validator in C: one number within TOLERANCE. */
#include <math.h>
#include <stdio.h>
#include "tolerance.h"

int main(int argc, char **argv) {
    double expected, got;
    char path[4096];
    FILE *answer, *message;
    if (argc < 4 || !(answer = fopen(argv[2], "r")) || fscanf(answer, "%lf", &expected) != 1) return 1;
    snprintf(path, sizeof path, "%sjudgemessage.txt", argv[3]);
    if (!(message = fopen(path, "w"))) return 1;
    if (scanf("%lf", &got) != 1) {
        fprintf(message, "C validator: not a number");
        return 43;
    }
    if (fabs(got - expected) > TOLERANCE * fmax(1.0, fabs(expected))) {
        fprintf(message, "C validator: expected %.6f, got %.6f", expected, got);
        return 43;
    }
    return 42;
}
"#;

/// The compiled validators in the cache, with each one's inode and mtime.
fn cached_programs(cache: &Path) -> Vec<(PathBuf, u64, i64, i64)> {
    let root = cache.join("judge/validators");
    let mut found: Vec<_> = fs::read_dir(&root)
        .map(|entries| entries.map(|e| e.unwrap().path().join("validator")).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.is_file())
        .map(|p| {
            let m = fs::metadata(&p).unwrap();
            (p, m.ino(), m.mtime(), m.mtime_nsec())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn a_c_validator_is_compiled_once_and_reused_from_the_cache() {
    let cache = tempfile::tempdir().unwrap();
    let (_tmp, dir) = divide_with(
        "type = \"program\"\nprogram = \"c_validator\"\n",
        &[
            ("c_validator/validate.c", C_VALIDATOR),
            ("c_validator/tolerance.h", "#define TOLERANCE 1e-6\n"),
        ],
    );
    let (report, code) = run_cached(cache.path(), &dir, "accepted/seven_places.py");
    assert_eq!((report.verdict, code), (Verdict::Accepted, 0), "{report:#?}");
    let compiled = cached_programs(cache.path());
    assert_eq!(compiled.len(), 1, "one program compiled: {compiled:?}");

    let (report, code) = run_cached(cache.path(), &dir, "wrong_answer/two_places.py");
    assert_eq!((report.verdict, code), (Verdict::WrongAnswer, 1));
    assert_eq!(first_summary(&report), "C validator: expected 0.333333, got 0.330000");
    assert_eq!(
        cached_programs(cache.path()),
        compiled,
        "the second run reuses the program: same file, not written again"
    );

    check_passes(cache.path(), &dir);
    assert_eq!(cached_programs(cache.path()), compiled);

    // a header is part of the program: changing it compiles anew
    fs::write(dir.join("c_validator/tolerance.h"), "#define TOLERANCE 1e-1\n").unwrap();
    let (report, _) = run_cached(cache.path(), &dir, "wrong_answer/two_places.py");
    assert_eq!(report.verdict, Verdict::Accepted, "{report:#?}");
    assert_eq!(cached_programs(cache.path()).len(), 2);
}

const TESTLIB_CHECKER: &str = r#""""A checker of the testlib protocol: checker input output answer."""
import sys

input_file, output_file, answer_file = sys.argv[1:4]
with open(answer_file) as f:
    expected = float(f.read())
with open(output_file) as f:
    tokens = f.read().split()
if not tokens:
    print("wrong output format Unexpected end of file", file=sys.stderr)
    sys.exit(2)
got = float(tokens[0])
if abs(got - expected) > 1e-6 * max(1.0, abs(expected)):
    print(f"wrong answer expected {expected}, found {got}", file=sys.stderr)
    sys.exit(1)
print("ok the quotient is right", file=sys.stderr)
"#;

#[test]
fn a_testlib_checker_decides_by_its_exit_code_and_says_why_on_stderr() {
    let (_tmp, dir) = divide_with(
        "type = \"program\"\nprogram = \"checker/check.py\"\nprotocol = \"testlib\"\n",
        &[
            ("checker/check.py", TESTLIB_CHECKER),
            ("solutions/wrong_answer/prints_nothing.py", "input()\n"),
        ],
    );
    let (report, code) = run(&dir, "accepted/divides.py");
    assert_eq!((report.verdict, code), (Verdict::Accepted, 0), "{report:#?}");
    let (report, code) = run(&dir, "wrong_answer/two_places.py");
    assert_eq!((report.verdict, code), (Verdict::WrongAnswer, 1));
    assert_eq!(
        first_summary(&report),
        "wrong answer expected 0.3333333333333333, found 0.33"
    );
    // a presentation error is a wrong answer
    let (report, _) = run(&dir, "wrong_answer/prints_nothing.py");
    assert_eq!(report.verdict, Verdict::WrongAnswer);
    assert_eq!(first_summary(&report), "wrong output format Unexpected end of file");
}

#[test]
fn a_broken_validator_is_an_internal_error_naming_the_problem_and_the_validator() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "kattis",
            "import sys\nsys.exit(5)\n",
            &["exited with code 5 (a Kattis validator exits with 42 to accept, 43 to reject)"],
        ),
        (
            "kattis",
            "raise ZeroDivisionError('the validator divided by zero')\n",
            &["exited with code 1", "ZeroDivisionError: the validator divided by zero"],
        ),
        (
            "kattis",
            "import os\nos.abort()\n",
            &["was killed by signal 6 (SIGABRT)"],
        ),
        (
            "testlib",
            "import sys\nprint('FAIL the answer file is wrong', file=sys.stderr)\nsys.exit(3)\n",
            &[
                "reported its own failure (exit 3, FAIL)",
                "FAIL the answer file is wrong",
            ],
        ),
    ];
    for (protocol, validator, says) in cases {
        let (_tmp, dir) = divide_with(
            &format!("type = \"program\"\nprogram = \"broken/validate.py\"\nprotocol = \"{protocol}\"\n"),
            &[("broken/validate.py", validator)],
        );
        let (report, code) = run(&dir, "accepted/divides.py");
        assert_eq!(
            (report.verdict, code),
            (Verdict::InternalError, 3),
            "{validator}: {report:#?}"
        );
        assert!(report.tests.iter().all(|t| t.verdict == Verdict::InternalError));
        let summary = first_summary(&report);
        assert!(
            summary.starts_with(
                "the problem's checker failed: the output validator broken/validate.py of problem `divide` "
            ),
            "{summary}"
        );
        for said in *says {
            assert!(summary.contains(said), "{validator}: {summary}");
        }
    }
}

#[test]
fn a_validator_that_does_not_compile_is_the_authors_mistake() {
    let cache = tempfile::tempdir().unwrap();
    let (_tmp, dir) = divide_with(
        "type = \"program\"\nprogram = \"output_validator/validate.c\"\n",
        &[("output_validator/validate.c", "int main(void) {\n    return 42\n}\n")],
    );
    let solution = dir.join("solutions/accepted/divides.py");
    let out = judge_cached(
        cache.path(),
        &["run", &dir.to_string_lossy(), &solution.to_string_lossy()],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("divide/output_validator/validate.c: the output validator does not compile: gcc failed (exit 1)"),
        "{err}"
    );
    // the compiler's own words, with the line
    assert!(err.contains("validate.c:2:"), "{err}");
    assert!(cached_programs(cache.path()).is_empty());
    // judge check refuses the problem too, naming the file
    let out = judge_cached(cache.path(), &["check", &dir.to_string_lossy()]);
    assert_ne!(out.status.code(), Some(0));
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(said.contains("validate.c"), "{said}");
}

#[test]
fn a_missing_validator_is_refused_when_the_problem_loads() {
    let (_tmp, dir) = divide_with("type = \"program\"\nprogram = \"nowhere/validate.py\"\n", &[]);
    let out = crate::support::judge(&[
        "run",
        &dir.to_string_lossy(),
        &dir.join("solutions/accepted/divides.py").to_string_lossy(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("nowhere/validate.py: the output validator named in problem.toml is missing"),
        "{err}"
    );
}

#[test]
fn a_python_validator_with_a_syntax_error_is_refused_before_any_test_runs() {
    let (_tmp, dir) = divide_with(
        "type = \"program\"\nprogram = \"output_validator/validate.py\"\n",
        &[(
            "output_validator/validate.py",
            "import sys\nif True\n    sys.exit(42)\n",
        )],
    );
    let solution = dir.join("solutions/accepted/divides.py");
    let out = crate::support::judge(&["run", &dir.to_string_lossy(), &solution.to_string_lossy()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("divide/output_validator/validate.py:2:8: SyntaxError: expected ':'"),
        "{err}"
    );
}
