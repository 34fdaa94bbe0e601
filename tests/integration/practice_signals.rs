//! A live practice session never leaves a mess: SIGTERM and SIGHUP end it
//! as Ctrl-C does, a deleted work file comes back from the template, a line
//! that is no key shows the keys, and a skip with nothing else open says
//! so.

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use judge_history::{History, SessionStatus};

use crate::practice::{BANK, command, lines_of, summary_row, wait_for};
use crate::support::repo;

/// `judge practice --level junior --count N` live (no script), its stdout
/// read line by line.
fn live_session(db: &Path, work: &Path, count: &str) -> (Child, mpsc::Receiver<String>) {
    let mut child = command(
        db,
        None,
        &[
            "practice",
            "--level",
            "junior",
            "--count",
            count,
            "--dir",
            &work.to_string_lossy(),
            "--color",
            "never",
        ],
    )
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let lines = lines_of(&mut child);
    (child, lines)
}

/// Sends `signal` to the session and reads what it prints until it exits.
fn end_with(child: &mut Child, lines: &mpsc::Receiver<String>, seen: &mut String, signal: &str) -> Option<i32> {
    let killed = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(10)) {
        seen.push_str(&line);
        seen.push('\n');
    }
    status.code()
}

#[test]
fn sigterm_and_sighup_end_a_session_as_ctrl_c_does() {
    for signal in ["TERM", "HUP"] {
        let tmp = tempfile::tempdir().unwrap();
        let db = tmp.path().join("history.sqlite3");
        let work = tmp.path().join("work");
        let (mut child, lines) = live_session(&db, &work, "2");
        let mut seen = String::new();
        wait_for(&lines, &mut seen, "add.py: every save is judged");
        let code = end_with(&mut child, &lines, &mut seen, signal);
        assert_eq!(code, Some(0), "SIG{signal}: {seen}");
        assert!(seen.contains("Session over: ended early"), "SIG{signal}: {seen}");
        assert!(
            summary_row(&seen, "junior/add").starts_with("junior/add interrupted"),
            "{seen}"
        );
        let session = &History::open(&db).unwrap().sessions().unwrap()[0];
        assert_eq!(session.status, SessionStatus::Interrupted, "SIG{signal}");
        assert!(session.ended_ms.is_some());
    }
}

#[test]
fn a_deleted_file_an_unknown_key_and_a_lone_skip() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let work = tmp.path().join("work");
    let (mut child, lines) = live_session(&db, &work, "1");
    let mut seen = String::new();
    wait_for(&lines, &mut seen, "add.py: every save is judged");
    let file = work.join("add.py");
    let template = repo().join(BANK).join("junior/add/template.py");

    child.stdin.as_mut().unwrap().write_all(b"x\n").unwrap();
    wait_for(&lines, &mut seen, "`x` is not a key here: Enter: submit now");

    std::fs::remove_file(&file).unwrap();
    wait_for(&lines, &mut seen, "was gone: it is the template again");
    assert_eq!(std::fs::read(&file).unwrap(), std::fs::read(&template).unwrap());

    // the only problem: a skip comes back to it, saying so, not with the statement again
    let statements_before = seen.matches("every save is judged").count();
    child.stdin.as_mut().unwrap().write_all(b"s\n").unwrap();
    wait_for(&lines, &mut seen, "Nothing else is open: still on this one");
    assert_eq!(
        seen.matches("every save is judged").count(),
        statements_before,
        "{seen}"
    );

    let code = end_with(&mut child, &lines, &mut seen, "TERM");
    assert_eq!(code, Some(0), "{seen}");
    // nothing of this was an attempt
    assert!(History::open(&db).unwrap().attempts().unwrap().is_empty());
}

#[test]
fn keys_typed_on_a_terminal_are_not_echoed_onto_the_countdown() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let work = tmp.path().join("work");
    let judge = format!(
        "'{}' practice --level junior --count 1 --color never --dir '{}'",
        crate::support::JUDGE,
        work.display()
    );
    // script(1) gives the session a real terminal, echo on as a shell leaves it
    let mut child = Command::new("script")
        .args(["-qec", &judge, "/dev/null"])
        .current_dir(repo())
        .env("JUDGE_DB", &db)
        .env("JUDGE_BANK", BANK)
        .env("TERM", "xterm")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = lines_of(&mut child);
    let mut seen = String::new();
    wait_for(&lines, &mut seen, "every save is judged");
    std::thread::sleep(Duration::from_millis(300));
    child.stdin.as_mut().unwrap().write_all(b"s\n").unwrap();
    wait_for(&lines, &mut seen, "Nothing else is open");
    child.stdin.as_mut().unwrap().write_all(b"q\n").unwrap();
    wait_for(&lines, &mut seen, "Session over: ended early");
    let _ = child.wait();
    // an echoed key lands right after the countdown: "⏱ 44:59 lefts"
    assert!(!seen.contains("lefts") && !seen.contains("leftq"), "{seen:?}");
}
