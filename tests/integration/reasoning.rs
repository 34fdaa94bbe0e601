//! Reasoning out loud (issue: interview mode): a scripted practice session
//! on a bank problem that measures growth asks for the claimed complexity
//! and approach before the first judgement, sets the claim against the
//! measured growth on AC, shows the follow-up questions, and keeps all of
//! it in the history, where `show` and `stats` (and `stats --plot`) find it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use judge_history::History;

use crate::support::{JUDGE, copy_dir, repo, stderr, stdout};

const PAIR_SUM: &str = "problems/junior/pair-sum";

/// A bank of one problem (the real pair-sum, which measures growth), with
/// the solutions a script saves next to the script.
fn bank(tmp: &Path) -> PathBuf {
    let bank = tmp.join("bank");
    copy_dir(&repo().join(PAIR_SUM), &bank.join("junior/pair-sum"));
    let solutions = repo().join(PAIR_SUM).join("solutions");
    std::fs::copy(solutions.join("wrong_answer/both_orders.py"), tmp.join("wrong.py")).unwrap();
    std::fs::copy(solutions.join("accepted/seen_counts.py"), tmp.join("right.py")).unwrap();
    bank
}

fn judge(tmp: &Path, args: &[&str]) -> Output {
    Command::new(JUDGE)
        .args(args)
        .current_dir(tmp)
        .env("JUDGE_DB", tmp.join("history.sqlite3"))
        .env("JUDGE_BANK", tmp.join("bank"))
        .env("JUDGE_CLOCK", "2026-11-20T10:00:00Z")
        .env("TZ", "UTC")
        .env_remove("NO_COLOR")
        .output()
        .expect("the judge binary runs")
}

fn practice(tmp: &Path, script: &str, extra: &[&str]) -> Output {
    std::fs::write(tmp.join("session.txt"), script).unwrap();
    let mut args = vec![
        "practice",
        "--count",
        "1",
        "--dir",
        "work",
        "--script",
        "session.txt",
        "--color",
        "never",
    ];
    args.extend_from_slice(extra);
    judge(tmp, &args)
}

#[test]
fn a_session_asks_for_the_claim_and_sets_it_against_the_measured_growth() {
    let tmp = tempfile::tempdir().unwrap();
    bank(tmp.path());
    let out = practice(
        tmp.path(),
        "wait 1m\nsave wrong.py\nanswer quick\nanswer n\nanswer one pass, counting the values seen so far\n\
         wait 2m\nsave right.py\n",
        &[],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    // asked once, before the first judgement; a class it cannot read is asked again
    assert_eq!(text.matches("Time complexity of your solution").count(), 2, "{text}");
    assert!(text.contains("`quick` is not a class the judge measures"), "{text}");
    let asked = text.find("Your approach, in a sentence or two?").expect("asked");
    let first_verdict = text.find("Wrong answer").expect("judged");
    assert!(asked < first_verdict, "{text}");
    // on AC: measured, compared, and the follow-up questions
    assert!(text.contains("Measured complexity: O(n)"), "{text}");
    assert!(text.contains("You said O(n); measured O(n): they match."), "{text}");
    assert!(text.contains("Follow-up: what an interviewer asks next"), "{text}");
    assert!(text.contains("triples of positions"), "{text}");

    let attempts = History::open(&tmp.path().join("history.sqlite3"))
        .unwrap()
        .attempts()
        .unwrap();
    let said: Vec<_> = attempts
        .iter()
        .map(|a| {
            (
                a.verdict.as_str(),
                a.reasoning.claimed.as_deref(),
                a.reasoning.approach.as_deref(),
                a.reasoning.measured.as_deref(),
            )
        })
        .collect();
    let approach = Some("one pass, counting the values seen so far");
    assert_eq!(
        said,
        [
            ("WA", Some("O(n)"), approach, None),
            ("AC", Some("O(n)"), approach, Some("O(n)"))
        ]
    );
    assert!(
        attempts[1]
            .reasoning
            .measured_confidence
            .is_some_and(|c| c > 0.0 && c <= 1.0)
    );

    // show and stats find them
    let shown = stdout(&judge(tmp.path(), &["show", "pair-sum", "--color", "never"]));
    assert!(shown.contains("Your attempts (2)"), "{shown}");
    assert!(shown.contains("claimed O(n) · measured O(n), confidence"), "{shown}");
    assert!(
        shown.contains("approach: one pass, counting the values seen so far"),
        "{shown}"
    );
    let stats = judge(tmp.path(), &["stats", "--color", "never", "--plot", "progress.svg"]);
    let text = stdout(&stats);
    assert_eq!(stats.status.code(), Some(0), "{text}{}", stderr(&stats));
    assert!(
        text.contains("2 made, 1 measured: 1 matched, 0 one class apart, 0 off"),
        "{text}"
    );
    let svg = std::fs::read_to_string(tmp.path().join("progress.svg")).unwrap();
    for label in [
        "Problems solved, by level",
        "junior",
        "Time to accepted in practice sessions",
        "2026-11-20",
    ] {
        assert!(svg.contains(label), "no {label} in the picture");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&judge(tmp.path(), &["stats", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["claims"]["matched"], 1);
    assert_eq!(json["claims"]["recent"][0]["measured"], "O(n)");
}

#[test]
fn a_claim_the_measurement_contradicts_is_said_to_be_off() {
    let tmp = tempfile::tempdir().unwrap();
    bank(tmp.path());
    let out = practice(tmp.path(), "save right.py\nanswer O(1)\nanswer\n", &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    assert!(text.contains("Accepted"), "{text}");
    assert!(
        text.contains("You said O(1); measured O(n): worth a second look"),
        "{text}"
    );
    let attempts = History::open(&tmp.path().join("history.sqlite3"))
        .unwrap()
        .attempts()
        .unwrap();
    assert_eq!(attempts[0].reasoning.approach, None, "an empty answer is skipped");
    let stats = stdout(&judge(tmp.path(), &["stats", "--color", "never"]));
    assert!(
        stats.contains("1 made, 1 measured: 0 matched, 0 one class apart, 1 off"),
        "{stats}"
    );
}

#[test]
fn no_reasoning_and_a_script_without_answers_judge_at_once() {
    for extra in [&["--no-reasoning"][..], &[]] {
        let tmp = tempfile::tempdir().unwrap();
        bank(tmp.path());
        let out = practice(tmp.path(), "save right.py\n", extra);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
        assert!(text.contains("Accepted"), "{text}");
        assert_eq!(
            text.contains("Time complexity of your solution"),
            extra.is_empty(),
            "{extra:?}: {text}"
        );
        assert!(text.contains("Measured O(n) (you made no claim)."), "{text}");
        let attempts = History::open(&tmp.path().join("history.sqlite3"))
            .unwrap()
            .attempts()
            .unwrap();
        assert_eq!(attempts[0].reasoning.claimed, None);
        assert_eq!(attempts[0].reasoning.measured.as_deref(), Some("O(n)"));
    }
}

#[test]
fn run_with_complexity_records_the_measured_class() {
    let tmp = tempfile::tempdir().unwrap();
    bank(tmp.path());
    let out = judge(
        tmp.path(),
        &[
            "run",
            "--complexity",
            "bank/junior/pair-sum",
            "right.py",
            "--color",
            "never",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    let attempts = History::open(&tmp.path().join("history.sqlite3"))
        .unwrap()
        .attempts()
        .unwrap();
    assert_eq!(attempts[0].reasoning.measured.as_deref(), Some("O(n)"));
    // an answer line where no question was asked is the script's mistake, named by line
    let out = practice(tmp.path(), "wait 1m\nanswer O(n)\n", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("session.txt:2: `answer` is for a question"),
        "{}",
        stderr(&out)
    );
}
