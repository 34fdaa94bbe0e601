//! What the judge says when something is wrong: each cause once, in the
//! words of the person's files (TOML, JSON, Python), not of Rust.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::support::{fixture, judge, stderr, stdout};

fn add_copy(tmp: &Path) -> std::path::PathBuf {
    let dir = tmp.join("add");
    crate::support::copy_dir(&fixture("add"), &dir);
    dir
}

fn solution() -> String {
    fixture("add")
        .join("solutions/accepted/plain.py")
        .to_string_lossy()
        .into_owned()
}

/// `judge ARGS`: exit 2 and the one line of stderr, with `tmp` as `[tmp]`.
fn refusal(args: &[&str], tmp: &Path) -> String {
    let out = judge(args);
    assert_eq!(out.status.code(), Some(2), "{}{}", stdout(&out), stderr(&out));
    stderr(&out).replace(&*tmp.to_string_lossy(), "[tmp]")
}

/// No part of a message after `: ` is said twice in a row, nor is a part
/// the end of the one before ("cannot read: Not a directory (os error 20):
/// Not a directory (os error 20)").
fn assert_said_once(message: &str) {
    let parts: Vec<&str> = message.trim().split(": ").collect();
    for pair in parts.windows(2) {
        assert!(!pair[0].ends_with(pair[1]), "said twice: {message}");
    }
    assert!(message.matches("(os error").count() <= 1, "said twice: {message}");
}

#[test]
fn a_cause_already_in_the_message_is_not_repeated() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = add_copy(tmp.path());
    let mut toml = fs::read(dir.join("problem.toml")).unwrap();
    toml.extend_from_slice(b"# \xff\n");
    fs::write(dir.join("problem.toml"), toml).unwrap();
    let err = refusal(&["run", &dir.to_string_lossy(), &solution()], tmp.path());
    assert_eq!(
        err,
        "error: [tmp]/add/problem.toml: cannot read: stream did not contain valid UTF-8\n"
    );

    // a history under a file: the OS error once, in the warning of a run and the error of a list
    let file = tmp.path().join("a-file");
    fs::write(&file, "").unwrap();
    let db = file.join("history.sqlite3");
    let add = fixture("add");
    let out = judge(&[
        "run",
        "--db",
        &db.to_string_lossy(),
        &add.to_string_lossy(),
        &solution(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let warning = stderr(&out);
    assert!(
        warning.starts_with("warning: this attempt was not recorded"),
        "{warning}"
    );
    assert_said_once(&warning);
    let err = refusal(&["list", "--db", &db.to_string_lossy()], tmp.path());
    assert_said_once(&err);

    let err = refusal(
        &["check", "--merge", &file.join("report.json").to_string_lossy()],
        tmp.path(),
    );
    assert_eq!(
        err,
        "error: [tmp]/a-file/report.json: cannot read the report: Not a directory (os error 20)\n"
    );
}

#[test]
fn types_are_named_in_the_words_of_toml() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = add_copy(tmp.path());
    let text = fs::read_to_string(dir.join("problem.toml")).unwrap();
    fs::write(
        dir.join("problem.toml"),
        text.replace("memory_mb = ", "memory_mb = -")
            .replace("[limits]", "limits = 3\n[x]"),
    )
    .unwrap();
    let err = refusal(&["run", &dir.to_string_lossy(), &solution()], tmp.path());
    assert!(!err.contains("u64") && !err.contains("struct"), "{err}");
    assert!(err.contains("expected a table"), "{err}");

    fs::write(dir.join("problem.toml"), text.replace("memory_mb = ", "memory_mb = -")).unwrap();
    let err = refusal(&["run", &dir.to_string_lossy(), &solution()], tmp.path());
    assert!(err.contains("expected a whole number (0 or more)"), "{err}");
}

fn executable(path: &Path, text: &str) {
    fs::write(path, text).unwrap();
    fs::set_permissions(path, fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn an_interpreter_that_is_not_python_3_says_what_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let python2 = tmp.path().join("python2");
    executable(&python2, "#!/bin/sh\necho 'Python 2.7.18'\n");
    let add = fixture("add").to_string_lossy().into_owned();
    for command in [
        vec!["run", "--python", "PYTHON", &add, &solution()],
        vec!["check", "--python", "PYTHON", &add],
        vec!["doctor", "--python", "PYTHON"],
    ] {
        let args: Vec<&str> = command
            .iter()
            .map(|a| if *a == "PYTHON" { python2.to_str().unwrap() } else { a })
            .collect();
        assert_eq!(
            refusal(&args, tmp.path()),
            "error: this is not Python 3.8+: [tmp]/python2 --version says \"Python 2.7.18\"\n"
        );
    }

    // an interpreter that fails, saying nothing
    let silent = tmp.path().join("silent");
    executable(&silent, "#!/bin/sh\nexit 1\n");
    let err = refusal(
        &["run", "--python", &silent.to_string_lossy(), &add, &solution()],
        tmp.path(),
    );
    assert_eq!(
        err,
        "error: this is not Python 3.8+: [tmp]/silent --version printed nothing and exited with status 1\n"
    );
    let err = refusal(&["run", "--python", "/bin/false", &add, &solution()], tmp.path());
    assert!(
        err.starts_with("error: this is not Python 3.8+: /bin/false --version "),
        "{err}"
    );

    // through $JUDGE_PYTHON too
    let out = std::process::Command::new(crate::support::JUDGE)
        .args(["run", &add, &solution(), "--no-record"])
        .env("JUDGE_PYTHON", &python2)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("this is not Python 3.8+"), "{}", stderr(&out));
}

#[test]
fn a_syntax_error_without_frames_has_no_empty_where() {
    let tmp = tempfile::tempdir().unwrap();
    let solution = tmp.path().join("nul.py");
    fs::write(&solution, "def add(a, b):\n    return a + b\x00\n").unwrap();
    let out = judge(&[
        "run",
        "--color",
        "never",
        "--no-record",
        &fixture("add").to_string_lossy(),
        &solution.to_string_lossy(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("SyntaxError: source code string cannot contain null bytes"),
        "{text}"
    );
    // the heading announces the frames, and there are none
    assert!(
        !text.lines().any(|l| l.trim() == "where"),
        "an empty `where` heading:\n{text}"
    );
}

#[test]
fn numbers_on_the_command_line_are_asked_for_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    for (args, want) in [
        (&["check", "--repeat", "0"][..], "expected a whole number from 1 to 100"),
        (
            &["practice", "--minutes", "99999"],
            "expected a whole number from 1 to 1440",
        ),
        (&["check", "--jobs", "many"], "expected a whole number (0 or more)"),
    ] {
        let err = refusal(args, tmp.path());
        assert!(err.contains(want), "{err}");
        assert!(!err.contains("..=") && !err.contains("invalid digit"), "{err}");
    }
}

/// "an int", "a str": a name that is not the function is called what it is
/// with the article English gives it.
#[test]
fn a_name_that_is_not_the_entry_point_is_said_with_its_article() {
    let tmp = tempfile::tempdir().unwrap();
    let problem = fixture("add");
    for (value, words) in [("3", "is an int, not a function"), ("'x'", "is a str, not a function")] {
        let path = tmp.path().join("solution.py");
        fs::write(&path, format!("add = {value}\n")).unwrap();
        let out = judge(&["run", "--no-record", problem.to_str().unwrap(), path.to_str().unwrap()]);
        let text = stdout(&out);
        assert!(text.contains(&format!("add {words}")), "{text}");
        assert!(!text.contains(" a int"), "{text}");
    }
}
