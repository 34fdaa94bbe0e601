//! A malformed problem or a missing file: exit code 2 and a message naming
//! the file, the line where there is one, and what is wrong. Never a panic.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{fixture, judge, stderr};

/// A copy of the `add` fixture (without its solutions), changed by `edit`.
fn broken_copy(edit: impl FnOnce(&Path)) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("add");
    fs::create_dir_all(dir.join("tests")).unwrap();
    let src = fixture("add");
    for file in [
        "problem.toml",
        "statement.md",
        "template.py",
        "tests/sample.json",
        "tests/hidden.json",
    ] {
        fs::copy(src.join(file), dir.join(file)).unwrap();
    }
    edit(&dir);
    (tmp, dir)
}

fn error_for(dir: &Path) -> String {
    let solution = fixture("add").join("solutions/accepted/plain.py");
    let out = judge(&["run", &dir.to_string_lossy(), &solution.to_string_lossy()]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    err
}

fn append(path: &Path, text: &str) {
    let mut old = fs::read_to_string(path).unwrap();
    old.push_str(text);
    fs::write(path, old).unwrap();
}

#[test]
fn unknown_key_in_problem_toml() {
    let (_tmp, dir) = broken_copy(|d| append(&d.join("problem.toml"), "memroy_mb = 64\n"));
    let err = error_for(&dir);
    assert!(
        err.contains("add/problem.toml:13:1: unknown field `memroy_mb`"),
        "{err}"
    );
}

#[test]
fn bad_value_in_problem_toml() {
    let (_tmp, dir) = broken_copy(|d| {
        let text = fs::read_to_string(d.join("problem.toml"))
            .unwrap()
            .replace("time_ms = 300", "time_ms = \"fast\"");
        fs::write(d.join("problem.toml"), text).unwrap();
    });
    let err = error_for(&dir);
    assert!(
        err.contains("add/problem.toml:9:11: invalid type: string \"fast\", expected a whole number (0 or more)"),
        "{err}"
    );
}

#[test]
fn missing_files_are_named() {
    let (_tmp, dir) = broken_copy(|d| fs::remove_file(d.join("statement.md")).unwrap());
    assert!(error_for(&dir).contains("add/statement.md: statement.md is missing"));
    let (_tmp, dir) = broken_copy(|d| fs::remove_file(d.join("problem.toml")).unwrap());
    assert!(error_for(&dir).contains("add/problem.toml: problem.toml is missing"));
    let err = error_for(Path::new("problems/junior/no-such-problem"));
    assert!(
        err.contains("problems/junior/no-such-problem: the problem directory is missing"),
        "{err}"
    );

    let out = judge(&["run", &fixture("add").to_string_lossy(), "no/such/solution.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no/such/solution.py: the solution file does not exist"));
}

#[test]
fn broken_test_json_gives_the_line() {
    let (_tmp, dir) = broken_copy(|d| {
        fs::write(
            d.join("tests/hidden.json"),
            "[\n  {\"args\": [1, 2], \"expected\": 3},\n  {\"args\": [1, 2]}\n]\n",
        )
        .unwrap();
    });
    let err = error_for(&dir);
    assert!(err.contains("add/tests/hidden.json:3:"), "{err}");
    assert!(err.contains("case \"2\" has no `expected`"), "{err}");

    let (_tmp, dir) =
        broken_copy(|d| fs::write(d.join("tests/hidden.json"), "[{\"args\": [1,], \"expected\": 3}]").unwrap());
    assert!(error_for(&dir).contains("add/tests/hidden.json:1:"));

    let (_tmp, dir) = broken_copy(|d| {
        fs::write(
            d.join("tests/hidden.json"),
            "[{\"args\": [{\"$tupel\": [1]}], \"expected\": 3}]",
        )
        .unwrap()
    });
    assert!(error_for(&dir).contains("unknown tag `$tupel`"));
}

#[test]
fn stray_files_and_checker_mismatch() {
    let (_tmp, dir) = broken_copy(|d| fs::write(d.join("tests/notes.txt"), "x").unwrap());
    assert!(error_for(&dir).contains("add/tests/notes.txt: not a test group"));
    let (_tmp, dir) = broken_copy(|d| fs::write(d.join("checker.py"), "def check(i, e, g): return True\n").unwrap());
    assert!(error_for(&dir).contains("checker.py is present but [checker] type is not \"custom\""));
}

#[test]
fn stdio_input_without_answer() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sum-lines");
    let src = fixture("sum-lines");
    fs::create_dir_all(dir.join("tests/sample")).unwrap();
    for file in ["problem.toml", "statement.md", "template.py", "tests/sample/1.in"] {
        fs::copy(src.join(file), dir.join(file)).unwrap();
    }
    let err = error_for(&dir);
    assert!(
        err.contains("sum-lines/tests/sample/1.ans: the expected output (.ans) for this test is missing"),
        "{err}"
    );
}

#[test]
fn bad_arguments_exit_2() {
    let out = judge(&["run"]);
    assert_eq!(out.status.code(), Some(2));
    let out = judge(&["run", "a", "b", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid value 'xml'"));
}

#[test]
fn a_python_that_is_not_there() {
    let out = judge(&[
        "run",
        "--python",
        "/no/such/python3",
        &fixture("add").to_string_lossy(),
        &fixture("add").join("solutions/accepted/plain.py").to_string_lossy(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot run /no/such/python3"), "{}", stderr(&out));
}

/// `judge ARGS`, killed after a minute: a judge that blocks on a named
/// pipe fails the test instead of hanging it.
fn judge_bounded(args: &[&str]) -> (Option<i32>, String) {
    let out = std::process::Command::new("timeout")
        .arg("60")
        .arg(crate::support::JUDGE)
        .args(args)
        .env("JUDGE_DB", crate::support::shared_history())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    (out.status.code(), stderr(&out))
}

#[test]
fn a_path_of_the_wrong_kind_says_what_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let problem = fixture("add");
    let problem = problem.to_string_lossy();
    let accepted = fixture("add").join("solutions/accepted/plain.py");
    let accepted = accepted.to_string_lossy();
    let dir = tmp.path().join("solution.py");
    fs::create_dir(&dir).unwrap();
    let fifo = tmp.path().join("fifo.py");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    let (dir, fifo) = (dir.to_string_lossy(), fifo.to_string_lossy());
    let toml = fixture("add").join("problem.toml");
    let toml = toml.to_string_lossy();
    for (args, message) in [
        (
            vec!["run", &problem, &dir],
            format!("{dir}: the solution is a directory, not a file"),
        ),
        (
            vec!["run", &problem, &fifo],
            format!("{fifo}: the solution is a named pipe, not a file"),
        ),
        (
            vec!["run", &problem, "/dev/null"],
            "/dev/null: the solution is a character device, not a file".to_owned(),
        ),
        (
            vec!["run", &toml, &accepted],
            format!("{toml}: the problem directory is a file, not a directory"),
        ),
        (
            vec!["run", &fifo, &accepted],
            format!("{fifo}: the problem directory is a named pipe, not a directory"),
        ),
        (
            vec!["check", &toml],
            format!("{toml}: is a file, not a directory of problems"),
        ),
        (
            vec!["practice", "--count", "1", "--dir", &accepted],
            format!("{accepted}: the practice directory is a file, not a directory"),
        ),
    ] {
        let (code, err) = judge_bounded(&args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(&message), "{args:?}: {err}");
    }
}

#[test]
fn a_problem_file_of_the_wrong_kind_says_what_it_is() {
    let (_tmp, dir) = broken_copy(|dir| {
        fs::remove_file(dir.join("statement.md")).unwrap();
        fs::create_dir(dir.join("statement.md")).unwrap();
    });
    let err = error_for(&dir);
    assert!(
        err.contains("statement.md: statement.md is a directory, not a file"),
        "{err}"
    );
    let (_tmp, dir) = broken_copy(|dir| {
        fs::remove_dir_all(dir.join("tests")).unwrap();
        fs::write(dir.join("tests"), "").unwrap();
    });
    let err = error_for(&dir);
    assert!(
        err.contains("tests: the tests directory is a file, not a directory"),
        "{err}"
    );
}

/// `add`'s problem.toml with one line replaced.
fn with_limit(from: &'static str, to: &'static str) -> (tempfile::TempDir, PathBuf) {
    broken_copy(|d| {
        let text = fs::read_to_string(d.join("problem.toml")).unwrap();
        assert!(text.contains(from), "{text}");
        fs::write(d.join("problem.toml"), text.replace(from, to)).unwrap();
    })
}

#[test]
fn a_memory_limit_python_cannot_start_in_is_the_authors_mistake() {
    // Before the floor, the accepted solution got RE ("exited with code 127").
    let (_tmp, dir) = with_limit("memory_mb = 128", "memory_mb = 8");
    let err = error_for(&dir);
    assert!(
        err.contains("add/problem.toml:11:13: `limits.memory_mb` must be between 32 and 65536; 8 is not"),
        "{err}"
    );
}

#[test]
fn an_absurd_time_limit_is_the_authors_mistake() {
    // Before the bound, the harness failed arming its timer (OverflowError): IE.
    let (_tmp, dir) = with_limit("time_ms = 300", "time_ms = 9223372036854775807");
    let err = error_for(&dir);
    assert!(
        err.contains("add/problem.toml:9:11: `limits.time_ms` must be between 1 and 60000"),
        "{err}"
    );
    let (_tmp, dir) = with_limit("wall_multiplier = 2.0", "wall_multiplier = 1e300");
    let err = error_for(&dir);
    assert!(
        err.contains("add/problem.toml:10:19: `limits.wall_multiplier` must be between 1 and 100"),
        "{err}"
    );
}

#[test]
fn an_absurd_output_limit_is_the_authors_mistake() {
    // Before the bound, every print was over the limit (the limit in bytes overflowed).
    let (_tmp, dir) = with_limit("output_kb = 16", "output_kb = 18446744073709551615");
    let err = error_for(&dir);
    assert!(
        err.contains("add/problem.toml:12:13: `limits.output_kb` must be between 1 and 65536"),
        "{err}"
    );
}

/// A copy of the `broken-checker` fixture with `checker` as its checker.py.
fn with_checker(checker: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("divisor");
    crate::support::copy_dir(&fixture("broken-checker"), &dir);
    fs::write(dir.join("checker.py"), checker).unwrap();
    (tmp, dir)
}

/// `judge run` (human and JSON) on `dir` with its accepted solution:
/// exit 2, nothing judged; the error.
fn refused(dir: &Path) -> String {
    let solution = dir.join("solutions/accepted/smallest.py");
    let mut errors = Vec::new();
    for format in ["human", "json"] {
        let out = judge(&[
            "run",
            "--format",
            format,
            &dir.to_string_lossy(),
            &solution.to_string_lossy(),
        ]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        // refused before any test ran: no report, only the error (as JSON when asked for)
        let stdout = crate::support::stdout(&out);
        if format == "json" {
            let error: serde_json::Value = serde_json::from_str(&stdout).unwrap();
            assert_eq!(error["error"]["kind"], "problem", "{stdout}");
            assert_eq!(format!("error: {}\n", error["error"]["message"].as_str().unwrap()), err);
        } else {
            assert_eq!(stdout, "", "{err}");
        }
        assert!(!err.contains("panicked"), "{err}");
        errors.push(err);
    }
    errors.swap_remove(0)
}

#[test]
fn a_checker_that_does_not_compile_is_refused_before_any_test_runs() {
    // Before, every test ran and then each was IE.
    let (_tmp, dir) = with_checker("def check(input, expected, got)\n    return True\n");
    let err = refused(&dir);
    assert!(
        err.contains("divisor/checker.py:1:32: SyntaxError: expected ':'"),
        "{err}"
    );
}

#[test]
fn a_checker_without_check_is_refused() {
    let (_tmp, dir) = with_checker("def chekc(input, expected, got):\n    return True\n");
    let err = refused(&dir);
    assert!(
        err.contains("divisor/checker.py: defines no function check(input, expected, got)"),
        "{err}"
    );
    let (_tmp, dir) = with_checker("check = 42\n");
    assert!(refused(&dir).contains("defines no function check"));
}

#[test]
fn a_checker_that_raises_while_loading_is_refused() {
    let (_tmp, dir) = with_checker("import json\n\nLIMIT = json.loads('{')\n\ndef check(i, e, g):\n    return True\n");
    let err = refused(&dir);
    assert!(
        err.contains("divisor/checker.py:3: raised JSONDecodeError while loading"),
        "{err}"
    );
    assert!(err.contains("LIMIT = json.loads('{')"), "{err}");
}
