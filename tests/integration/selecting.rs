//! `judge run --test GLOB --group NAME` runs only the matching tests, and
//! records nothing; `-q` prints only the summary and the first failure,
//! `-v` every failing test in full. `judge check` counts its notes and
//! lists them only with `--notes` or `-v`.

use crate::support::{fixture, judge, stderr, stdout};

/// `judge run --color never ARGS... add off_by_one.py` (every test fails).
fn run_add(args: &[&str]) -> (i32, String) {
    let problem = fixture("add");
    let solution = problem.join("solutions/wrong_answer/off_by_one.py");
    let mut all = vec!["run", "--color", "never"];
    all.extend_from_slice(args);
    let problem = problem.to_string_lossy();
    let solution = solution.to_string_lossy();
    all.push(&problem);
    all.push(&solution);
    let out = judge(&all);
    let text = stdout(&out) + &stderr(&out);
    (
        out.status.code().unwrap(),
        text.replace(&*fixture("").to_string_lossy(), "[fixtures]/"),
    )
}

macro_rules! snapshot {
    ($name:expr, $text:expr) => {
        insta::with_settings!({filters => vec![
            (r" *[<>]?\d+(\.\d+)? (ms|µs)", " [time]"),
            (r" *\d+\.\d MB", " [memory]"),
            (r"Python \d+\.\d+\.\d+", "Python [version]"),
            (r" +\n", "\n"),
        ]}, {
            insta::assert_snapshot!($name, $text);
        });
    };
}

#[test]
fn a_glob_and_a_group_select_tests() {
    let (code, text) = run_add(&["--test", "hidden/*e*", "--no-record"]);
    assert_eq!(code, 1);
    snapshot!("select_glob", text);

    let (code, json) = run_add(&["--format", "json", "--group", "sample", "--no-record"]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let names: Vec<&str> = report["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["sample/small"]);

    // several globs: any of them
    let (_, json) = run_add(&[
        "--format",
        "json",
        "--test",
        "*/big",
        "--test",
        "*/small",
        "--no-record",
    ]);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["total"], 2, "{json}");
}

#[test]
fn no_matching_test_names_the_tests() {
    let (code, text) = run_add(&["--test", "nothing*"]);
    assert_eq!(code, 2);
    assert_eq!(
        text,
        "error: [fixtures]/add: no test matches --test 'nothing*'; the tests are sample/small, hidden/negative, \
         hidden/big, hidden/floats, hidden/keywords\n"
    );
    let (code, _) = run_add(&["--test", "[unclosed"]);
    assert_eq!(code, 2);
}

/// How many attempts the history at `db` holds.
fn attempts(db: &str) -> u64 {
    let stats = judge(&["stats", "--format", "json", "--db", db]);
    let stats: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    stats["totals"]["attempts"].as_u64().unwrap()
}

#[test]
fn a_selected_run_is_not_recorded() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let db = db.to_string_lossy();
    run_add(&["--db", &db, "--group", "sample"]);
    assert_eq!(attempts(&db), 0);
    // the whole run is
    run_add(&["--db", &db]);
    assert_eq!(attempts(&db), 1);
}

#[test]
fn quiet_and_verbose() {
    let (code, quiet) = run_add(&["-q", "--no-record"]);
    assert_eq!(code, 1);
    snapshot!("quiet", quiet);
    let (_, verbose) = run_add(&["--verbose", "--no-record"]);
    snapshot!("verbose", verbose);
    assert_eq!(verbose.matches("Also failed:").count(), 4, "{verbose}");
    let (code, both) = run_add(&["-q", "-v"]);
    assert_eq!(code, 2, "{both}");
}

#[test]
fn check_lists_notes_only_when_asked() {
    // a real report of a good bank, given a note, merged back into the human report
    let tmp = tempfile::tempdir().unwrap();
    let out = judge(&["check", "--format", "json", &fixture("banks/good").to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["problems"][0]["findings"] = serde_json::json!([{
        "severity": "note",
        "file": "bank/add/tests/hidden.json",
        "line": null,
        "column": null,
        "message": "test hidden/again catches no wrong solution"
    }]);
    report["notes"] = 1.into();
    let path = tmp.path().join("report.json");
    std::fs::write(&path, report.to_string()).unwrap();
    let path = path.to_string_lossy();

    let counted = judge(&["check", "--color", "never", "--merge", &path]);
    assert_eq!(
        counted.status.code(),
        Some(0),
        "notes do not fail a check: {}",
        stderr(&counted)
    );
    let counted = stdout(&counted);
    assert!(
        counted.contains("\n1 note (`--notes` or `-v` lists them)\n"),
        "{counted}"
    );
    assert!(!counted.contains("catches no wrong solution"), "{counted}");

    for flag in ["--notes", "-v"] {
        let listed = stdout(&judge(&["check", "--color", "never", flag, "--merge", &path]));
        assert!(listed.contains("\nNotes:\n"), "{flag}: {listed}");
        assert!(
            listed.contains("    bank/add/tests/hidden.json: test hidden/again catches no wrong solution\n"),
            "{flag}: {listed}"
        );
    }
}
