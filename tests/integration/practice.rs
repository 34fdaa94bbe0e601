//! Practice: `judge practice` driven by a script (a fake clock and
//! scripted saves) and live (real file saves, a real Ctrl-C), the history
//! it leaves, `judge list`, `show` and `stats`, and the history's care:
//! concurrent writers, a corrupted file, `--no-record`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use judge_history::{History, SessionStatus, Source};
use serde_json::Value;

use crate::support::{JUDGE, repo, stderr, stdout};

pub(crate) const BANK: &str = "tests/fixtures/banks/good";

pub(crate) fn add_solution(folder: &str, file: &str) -> PathBuf {
    repo().join(BANK).join("junior/add/solutions").join(folder).join(file)
}

/// `judge ARGS` with the history at `db`, the clock at `clock` (if any)
/// and local days in UTC.
fn judge_at(db: &Path, clock: Option<&str>, args: &[&str]) -> Output {
    command(db, clock, args).output().expect("the judge binary runs")
}

pub(crate) fn command(db: &Path, clock: Option<&str>, args: &[&str]) -> Command {
    let mut cmd = Command::new(JUDGE);
    cmd.args(args)
        .current_dir(repo())
        .env("JUDGE_DB", db)
        .env("JUDGE_BANK", BANK)
        .env("TZ", "UTC")
        .env_remove("JUDGE_CLOCK");
    if let Some(clock) = clock {
        cmd.env("JUDGE_CLOCK", clock);
    }
    cmd
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}{}", stdout(out), stderr(out)))
}

/// A script in `dir` next to the solution files it saves.
fn write_script(dir: &Path, script: &str) -> PathBuf {
    std::fs::copy(
        add_solution("wrong_answer", "minus_for_negatives.py"),
        dir.join("wrong.py"),
    )
    .unwrap();
    std::fs::copy(add_solution("accepted", "plus.py"), dir.join("right.py")).unwrap();
    let path = dir.join("session.txt");
    std::fs::write(&path, script).unwrap();
    path
}

fn practice_with_script(tmp: &Path, db: &Path, minutes: &str, script: &str) -> Output {
    let script = write_script(tmp, script);
    let work = tmp.join("work");
    judge_at(
        db,
        Some("2026-11-20T10:00:00Z"),
        &[
            "practice",
            "--level",
            "junior",
            "--count",
            "2",
            "--minutes",
            minutes,
            "--dir",
            &work.to_string_lossy(),
            "--script",
            &script.to_string_lossy(),
            "--color",
            "never",
        ],
    )
}

/// A summary row: the problem, then its columns, squeezed to single spaces.
pub(crate) fn summary_row(text: &str, problem: &str) -> String {
    let after = text.split("Session over:").nth(1).unwrap_or_default();
    after
        .lines()
        .find(|l| l.trim_start().starts_with(problem))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[test]
fn a_scripted_session_judges_each_save_and_records_everything() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let out = practice_with_script(
        tmp.path(),
        &db,
        "45",
        "save wrong.py\nwait 2m\nsave right.py\nwait 30s\nskip\nwait 1m\ngive-up\n",
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    // the statement, then each save's verdict and first failure, in place
    assert!(text.contains("━━ 1/2 · Add (junior/add) · 45:00 left ━━"), "{text}");
    assert!(text.contains("First failure: hidden/negative (Wrong answer)"), "{text}");
    assert!(text.contains("attempts so far: WA"), "{text}");
    assert!(text.contains("━━ 2/2 · Shout (junior/shout) · 43:00 left ━━"), "{text}");
    // skipping the last open problem keeps it, saying so (not its statement again)
    assert_eq!(text.matches("(junior/shout)").count(), 1, "{text}");
    assert!(text.contains("Nothing else is open: still on this one"), "{text}");
    assert!(
        text.contains("Session over: all problems done · 3:30 · 1 of 2 solved"),
        "{text}"
    );
    assert_eq!(summary_row(&text, "junior/add"), "junior/add solved 2:00 2 WA AC");
    assert_eq!(summary_row(&text, "junior/shout"), "junior/shout gave up 1:30 0 -");
    // the template was copied, then overwritten by the saves
    let work_file = std::fs::read_to_string(tmp.path().join("work/add.py")).unwrap();
    assert_eq!(work_file, std::fs::read_to_string(tmp.path().join("right.py")).unwrap());

    let history = History::open(&db).unwrap();
    let attempts = history.attempts().unwrap();
    let verdicts: Vec<&str> = attempts.iter().map(|a| a.verdict.as_str()).collect();
    assert_eq!(verdicts, ["WA", "AC"]);
    let wrong = &attempts[0];
    assert_eq!(wrong.problem, "junior/add");
    assert_eq!(wrong.source, Source::Practice);
    assert_eq!(wrong.at_ms, 1_795_168_800_000, "judged at the session's start");
    // practice stops at the first failure (hidden/negative, the third
    // test): the fourth is not run, and still counts among the total
    assert_eq!((wrong.passed, wrong.total), (2, 4));
    assert_eq!(wrong.tests.len(), 3);
    assert!(
        text.contains("stopped at the first failure: 1 more test not run"),
        "{text}"
    );
    assert!(
        wrong
            .tests
            .iter()
            .any(|t| t.name == "hidden/negative" && t.verdict == "WA")
    );
    assert_eq!(wrong.code_sha256.len(), 64);
    assert_ne!(wrong.code_sha256, attempts[1].code_sha256);
    let sessions = history.sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    let session = &sessions[0];
    assert_eq!(session.status, SessionStatus::Finished);
    assert_eq!(wrong.session_id, Some(session.id));
    assert_eq!(session.ended_ms, Some(1_795_168_800_000 + 210_000));
    let outcomes: Vec<(&str, &str, i64)> = session
        .problems
        .iter()
        .map(|p| (p.problem.as_str(), p.outcome.as_str(), p.spent_ms))
        .collect();
    assert_eq!(
        outcomes,
        [("junior/add", "solved", 120_000), ("junior/shout", "gave_up", 90_000)]
    );

    // what the history now says, through list and stats
    let list = json(&judge_at(&db, None, &["list", "--format", "json"]));
    let add = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "junior/add")
        .unwrap();
    assert_eq!(
        (add["status"].as_str(), add["attempts"].as_u64()),
        (Some("solved"), Some(2))
    );
    assert_eq!(add["best_solve_ms"], 120_000);
    let stats = json(&judge_at(
        &db,
        Some("2026-11-20T18:00:00Z"),
        &["stats", "--format", "json"],
    ));
    assert_eq!(stats["totals"]["solved"], 1);
    assert_eq!(stats["totals"]["attempts"], 2);
    assert_eq!(stats["totals"]["sessions"], 1);
    assert_eq!(stats["streak"]["current_days"], 1);
    assert_eq!(stats["hardest"][0]["problem"], "junior/add");
}

#[test]
fn a_session_ends_when_time_is_up() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let out = practice_with_script(tmp.path(), &db, "5", "save wrong.py\nwait 6m\nsave right.py\n");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    assert!(
        text.contains("Session over: time is up · 5:00 · 0 of 2 solved"),
        "{text}"
    );
    assert_eq!(summary_row(&text, "junior/add"), "junior/add timed out 5:00 1 WA");
    assert_eq!(summary_row(&text, "junior/shout"), "junior/shout not reached 0:00 0 -");
    let history = History::open(&db).unwrap();
    // the save after the deadline was not judged
    assert_eq!(history.attempts().unwrap().len(), 1);
    assert_eq!(history.sessions().unwrap()[0].status, SessionStatus::TimedOut);
}

#[test]
fn a_bad_script_names_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let out = practice_with_script(tmp.path(), &db, "5", "# a comment\nwait 1m\nsave\njump\n");
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("session.txt:3: cannot save"), "{}", stderr(&out));
    // the session is kept, ended where the script broke
    let session = &History::open(&db).unwrap().sessions().unwrap()[0];
    assert_eq!(session.status, SessionStatus::Interrupted);
    assert_eq!(session.ended_ms, Some(1_795_168_800_000 + 60_000));
}

/// Lines of a child's stdout, as they come.
pub(crate) fn lines_of(child: &mut Child) -> mpsc::Receiver<String> {
    let (send, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    lines
}

/// Reads on, into `seen`, until a new line contains `what`.
pub(crate) fn wait_for(lines: &mpsc::Receiver<String>, seen: &mut String, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(60);
    let from = seen.len();
    while !seen[from..].lines().any(|l| l.contains(what)) {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
            }
            Err(_) => panic!("no line with {what:?} in:\n{seen}"),
        }
    }
}

#[test]
fn a_live_session_judges_real_saves_and_ctrl_c_keeps_what_was_done() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let work = tmp.path().join("work");
    let mut child = command(
        &db,
        None,
        &[
            "practice",
            "--level",
            "junior",
            "--count",
            "2",
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
    let mut seen = String::new();
    wait_for(&lines, &mut seen, "add.py: every save is judged");

    // an editor's save: the whole file replaced
    std::fs::write(
        work.join("add.py"),
        std::fs::read(add_solution("wrong_answer", "minus_for_negatives.py")).unwrap(),
    )
    .unwrap();
    // before the first judgement: the claim and the approach, typed
    wait_for(&lines, &mut seen, "Before the first judgement");
    child.stdin.as_mut().unwrap().write_all(b"O(1)\nadd them\n").unwrap();
    wait_for(&lines, &mut seen, "attempts so far: WA");
    std::fs::copy(add_solution("accepted", "plus.py"), work.join("add.py.new")).unwrap();
    std::fs::rename(work.join("add.py.new"), work.join("add.py")).unwrap();
    wait_for(&lines, &mut seen, "shout.py: every save is judged");
    // Enter submits the template as it is
    child.stdin.as_mut().unwrap().write_all(b"\n").unwrap();
    // both questions skipped
    wait_for(&lines, &mut seen, "Before the first judgement");
    child.stdin.as_mut().unwrap().write_all(b"\n\n").unwrap();
    wait_for(&lines, &mut seen, "── submitted");
    wait_for(&lines, &mut seen, "attempts so far: WA");

    let pid = child.id().to_string();
    let killed = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(10)) {
        seen.push_str(&line);
        seen.push('\n');
    }
    assert_eq!(status.code(), Some(0), "{seen}");
    assert!(seen.contains("Session over: ended early"), "{seen}");
    assert!(
        summary_row(&seen, "junior/add").starts_with("junior/add solved"),
        "{seen}"
    );
    assert!(
        summary_row(&seen, "junior/shout").starts_with("junior/shout interrupted"),
        "{seen}"
    );

    let history = History::open(&db).unwrap();
    let attempts = history.attempts().unwrap();
    let said: Vec<(&str, Option<&str>, Option<&str>)> = attempts
        .iter()
        .map(|a| {
            (
                a.verdict.as_str(),
                a.reasoning.claimed.as_deref(),
                a.reasoning.approach.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        said,
        [
            ("WA", Some("O(1)"), Some("add them")),
            ("AC", Some("O(1)"), Some("add them")),
            ("WA", None, None)
        ]
    );
    let session = &history.sessions().unwrap()[0];
    assert_eq!(session.status, SessionStatus::Interrupted);
    assert!(session.ended_ms.is_some());
    assert_eq!(session.problems[1].outcome, "interrupted");
    assert_eq!(session.problems[1].verdicts, ["WA"]);
}

#[test]
fn concurrent_runs_into_one_history_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let problem = repo().join(BANK).join("junior/add");
    let solutions = [
        add_solution("accepted", "plus.py"),
        add_solution("wrong_answer", "minus_for_negatives.py"),
    ];
    const RUNS: usize = 12;
    let children: Vec<Child> = (0..RUNS)
        .map(|i| {
            command(
                &db,
                None,
                &["run", &problem.to_string_lossy(), &solutions[i % 2].to_string_lossy()],
            )
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        assert!(!stderr(&out).contains("not recorded"), "{}", stderr(&out));
    }
    let attempts = History::open(&db).unwrap().attempts().unwrap();
    assert_eq!(attempts.len(), RUNS);
    assert_eq!(attempts.iter().filter(|a| a.accepted()).count(), RUNS / 2);
    assert!(
        attempts
            .iter()
            .all(|a| a.source == Source::Run && a.session_id.is_none())
    );
}

#[test]
fn a_corrupted_history_is_reported_and_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 + 3) as u8).collect();
    std::fs::write(&db, &garbage).unwrap();
    for args in [&["stats"][..], &["list"], &["practice", "--count", "1"]] {
        let out = judge_at(&db, None, args);
        assert_eq!(out.status.code(), Some(2), "judge {args:?}: {}", stdout(&out));
        let message = stderr(&out);
        assert!(
            message.contains(&format!("{}: not a judge history", db.display())) && message.contains("left untouched"),
            "judge {args:?}: {message}"
        );
    }
    // judging still works, and says the attempt was not kept
    let out = judge_at(
        &db,
        None,
        &[
            "run",
            &repo().join(BANK).join("junior/add").to_string_lossy(),
            &add_solution("accepted", "plus.py").to_string_lossy(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Accepted"));
    assert!(stderr(&out).contains("not recorded"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&db).unwrap(), garbage, "the file was changed");
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
}

#[test]
fn no_record_leaves_no_history() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let out = judge_at(
        &db,
        None,
        &[
            "run",
            "--no-record",
            &repo().join(BANK).join("junior/add").to_string_lossy(),
            &add_solution("accepted", "plus.py").to_string_lossy(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!db.exists());
}

#[test]
fn streaks_count_consecutive_local_days() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let problem = repo().join(BANK).join("junior/add");
    let solution = add_solution("accepted", "plus.py");
    for day in [
        "2026-11-02T23:30:00Z",
        "2026-11-05T08:00:00Z",
        "2026-11-06T12:00:00Z",
        "2026-11-07T23:59:00Z",
    ] {
        let out = judge_at(
            &db,
            Some(day),
            &["run", &problem.to_string_lossy(), &solution.to_string_lossy()],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let streak = |now: &str| json(&judge_at(&db, Some(now), &["stats", "--format", "json"]))["streak"].clone();
    let on_the_8th = streak("2026-11-08T09:00:00Z");
    assert_eq!(on_the_8th["current_days"], 3, "yesterday still counts: {on_the_8th}");
    assert_eq!(on_the_8th["longest_days"], 3);
    assert_eq!(on_the_8th["days_practised"], 4);
    assert_eq!(streak("2026-11-09T09:00:00Z")["current_days"], 0);
    let human = stdout(&judge_at(
        &db,
        Some("2026-11-08T09:00:00Z"),
        &["stats", "--color", "never"],
    ));
    assert!(
        human.contains("Streak: 3 days (longest 3 days) · 4 days practised"),
        "{human}"
    );
}

#[test]
fn list_filters_and_show_renders_a_statement() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("history.sqlite3");
    let keys = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["list", "--format", "json"];
        all.extend_from_slice(args);
        json(&judge_at(&db, None, &all))
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["key"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(keys(&[]), ["junior/add", "junior/shout", "mid/add-twice", "mid/stack"]);
    assert_eq!(keys(&["--level", "mid"]), ["mid/add-twice", "mid/stack"]);
    assert_eq!(keys(&["--topic", "arith"]), ["junior/add", "mid/add-twice"]);
    let table = stdout(&judge_at(&db, None, &["list", "--color", "never"]));
    assert!(
        table
            .lines()
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            == [
                "level", "problem", "title", "topics", "status", "best", "solve", "best", "run"
            ],
        "{table}"
    );
    assert!(table.contains("4 problems · 0 solved · 0 attempted · 4 new"), "{table}");

    let out = judge_at(
        &db,
        None,
        &[
            "run",
            &format!("{BANK}/junior/add"),
            &add_solution("accepted", "plus.py").to_string_lossy(),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(keys(&["--unsolved"]), ["junior/shout", "mid/add-twice", "mid/stack"]);

    let shown = judge_at(&db, None, &["show", "stack", "--color", "never"]);
    let text = stdout(&shown);
    assert_eq!(shown.status.code(), Some(0), "{}", stderr(&shown));
    assert!(text.contains("mid/stack · class · stacks"), "{text}");
    assert!(text.contains("Stack\n═════"), "{text}");
    let missing = judge_at(&db, None, &["show", "no-such-problem"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no-such-problem"), "{}", stderr(&missing));
}
