//! The history on real SQLite files.

use std::path::Path;

use judge_history::{
    Attempt, History, HistoryError, Reasoning, SCHEMA_VERSION, Session, SessionProblem, SessionStatus, Source,
    TestResult,
};

fn attempt(problem: &str, at_ms: i64, verdict: &str) -> Attempt {
    Attempt {
        problem: problem.into(),
        title: "Palindrome".into(),
        level: problem.split('/').next().unwrap().into(),
        topics: vec!["strings".into(), "unicode".into()],
        at_ms,
        duration_ms: 120,
        verdict: verdict.into(),
        passed: 3,
        total: 4,
        tests: vec![TestResult {
            name: "sample/a".into(),
            verdict: verdict.into(),
            cpu_ms: Some(0.5),
        }],
        max_cpu_ms: Some(0.5),
        code_sha256: "ab".repeat(32),
        source: Source::Run,
        session_id: None,
        reasoning: Reasoning::default(),
    }
}

#[test]
fn attempts_and_sessions_round_trip_across_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/history.sqlite3");
    let first = attempt("junior/palindrome", 2_000, "WA");
    let second = attempt("mid/lru-cache", 1_000, "AC");
    let session_id;
    {
        let history = History::open(&path).unwrap();
        history.record_attempt(&first).unwrap();
        session_id = history.start_session(500, 45).unwrap();
        let mut in_session = second.clone();
        in_session.source = Source::Practice;
        in_session.session_id = Some(session_id);
        history.record_attempt(&in_session).unwrap();
        history
            .save_session(&Session {
                id: session_id,
                started_ms: 500,
                ended_ms: Some(9_000),
                minutes: 45,
                status: SessionStatus::Finished,
                problems: vec![SessionProblem {
                    problem: "mid/lru-cache".into(),
                    outcome: "solved".into(),
                    spent_ms: 8_500,
                    attempts: 1,
                    verdicts: vec!["AC".into()],
                }],
            })
            .unwrap();
    }
    let history = History::open(&path).unwrap();
    let attempts = history.attempts().unwrap();
    assert_eq!(attempts.len(), 2);
    // oldest first
    assert_eq!(attempts[0].problem, "mid/lru-cache");
    assert_eq!(attempts[0].session_id, Some(session_id));
    assert_eq!(attempts[1], first);
    let session = history.session(session_id).unwrap().unwrap();
    assert_eq!(session.status, SessionStatus::Finished);
    assert_eq!(session.problems[0].verdicts, ["AC"]);
    assert_eq!(history.sessions().unwrap().len(), 1);
}

fn assert_untouched(path: &Path, before: &[u8], error: HistoryError, reason: &str) {
    let message = error.to_string();
    assert!(matches!(error, HistoryError::NotAHistory { .. }), "{message}");
    assert!(
        message.contains(reason) && message.contains("left untouched"),
        "{message}"
    );
    assert_eq!(std::fs::read(path).unwrap(), before, "the file was changed");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let error = History::open(&path).unwrap_err();
    assert_untouched(&path, &garbage, error, "not an SQLite database");
}

#[test]
fn a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let error = History::open(dir.path()).unwrap_err();
    let message = error.to_string();
    assert!(matches!(error, HistoryError::NotAHistory { .. }), "{message}");
    assert!(message.contains("a directory; name a file in it"), "{message}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_damaged_history_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    {
        let history = History::open(&path).unwrap();
        for i in 0..200 {
            history.record_attempt(&attempt("junior/palindrome", i, "WA")).unwrap();
        }
    }
    // fold the write-ahead log in, then scribble over the pages after the header
    rusqlite_checkpoint(&path);
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().skip(100).take(8192) {
        *b = 0xAB;
    }
    std::fs::write(&path, &bytes).unwrap();
    let result = History::open(&path).and_then(|h| h.attempts());
    let error = result.unwrap_err();
    assert_untouched(&path, &bytes, error, "damaged");
}

fn rusqlite_checkpoint(path: &Path) {
    // reopening and closing the only connection checkpoints the log
    drop(History::open(path).unwrap());
    assert!(
        !path.with_extension("sqlite3-wal").exists()
            || std::fs::metadata(path.with_extension("sqlite3-wal")).unwrap().len() == 0
    );
}

#[test]
fn another_programs_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let error = History::open(&path).unwrap_err();
    assert_untouched(&path, &before, error, "something else");
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    drop(History::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    }
    let error = History::open(&path).unwrap_err();
    assert!(matches!(error, HistoryError::TooNew { .. }), "{error}");
    assert!(error.to_string().contains("newer judge"));
}

#[test]
fn concurrent_writers_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    // every writer opens (and so may create and migrate) the file at once
    std::thread::scope(|scope| {
        for writer in 0..6 {
            let path = &path;
            scope.spawn(move || {
                let history = History::open(path).unwrap();
                for i in 0..50 {
                    history
                        .record_attempt(&attempt("junior/palindrome", writer * 1000 + i, "AC"))
                        .unwrap();
                }
            });
        }
    });
    let attempts = History::open(&path).unwrap().attempts().unwrap();
    assert_eq!(attempts.len(), 300);
    let mut times: Vec<i64> = attempts.iter().map(|a| a.at_ms).collect();
    times.dedup();
    assert_eq!(times.len(), 300);
}

/// What a judge of history schema 1 wrote: its schema and one attempt, as
/// that judge's migration made them (frozen here; the crate's migration
/// list may only grow).
fn write_schema_1(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE attempts (
             id INTEGER PRIMARY KEY, problem TEXT NOT NULL, title TEXT NOT NULL, level TEXT NOT NULL,
             topics TEXT NOT NULL, at_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL, verdict TEXT NOT NULL,
             passed INTEGER NOT NULL, total INTEGER NOT NULL, tests TEXT NOT NULL, max_cpu_ms REAL,
             code_sha256 TEXT NOT NULL, source TEXT NOT NULL, session_id INTEGER REFERENCES sessions(id));
         CREATE INDEX attempts_by_problem ON attempts(problem, at_ms);
         CREATE TABLE sessions (id INTEGER PRIMARY KEY, started_ms INTEGER NOT NULL, ended_ms INTEGER,
             minutes INTEGER NOT NULL, status TEXT NOT NULL, problems TEXT NOT NULL);
         INSERT INTO attempts (problem, title, level, topics, at_ms, duration_ms, verdict, passed, total, tests,
                               max_cpu_ms, code_sha256, source, session_id)
         VALUES ('junior/palindrome', 'Palindrome', 'junior', '[\"strings\"]', 1000, 50, 'AC', 4, 4, '[]',
                 0.5, 'ab', 'run', NULL);
         PRAGMA user_version = 1;",
    )
    .unwrap();
}

#[test]
fn a_schema_1_history_is_migrated_and_keeps_its_attempts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    write_schema_1(&path);
    let history = History::open(&path).unwrap();
    let attempts = history.attempts().unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].problem, "junior/palindrome");
    assert_eq!(attempts[0].verdict, "AC");
    assert!(attempts[0].reasoning.is_empty(), "{:?}", attempts[0].reasoning);
    // the migrated file takes the new columns
    let mut reasoned = attempt("junior/palindrome", 2_000, "AC");
    reasoned.reasoning = Reasoning {
        claimed: Some("O(n)".into()),
        approach: Some("two pointers from both ends".into()),
        measured: Some("O(n)".into()),
        measured_confidence: Some(0.93),
    };
    history.record_attempt(&reasoned).unwrap();
    drop(history);
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, 2);
    let attempts = History::open(&path).unwrap().attempts().unwrap();
    assert_eq!(attempts[1], reasoned);
}
