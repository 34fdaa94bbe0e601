//! `judge check` on fixture banks: a clean bank passes; each kind of
//! defect fails with a message naming the problem, the file and the
//! reason; partitions cover the bank exactly once; `--changed-since`
//! narrows to touched problems; JUnit is well-formed XML.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use judge_report::{BankReport, Verdict};

use crate::bank::problems_under;
use crate::support::{JUDGE, copy_dir, judge, parallel, repo, stderr, stdout};

fn banks() -> PathBuf {
    repo().join("tests/fixtures/banks")
}

fn check_json(args: &[&str]) -> (BankReport, i32) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = judge(&all);
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("judge {all:?} printed no JSON report ({e}); stderr:\n{}", stderr(&out)));
    (report, out.status.code().unwrap_or(-1))
}

#[test]
fn a_clean_bank_passes() {
    let (report, code) = check_json(&["tests/fixtures/banks/good"]);
    assert_eq!(code, 0, "{report:#?}");
    assert_eq!(report.problems.len(), 4);
    assert_eq!((report.errors, report.notes), (0, 0), "{report:#?}");
    for problem in &report.problems {
        let margin = problem.margin.as_ref().expect("a margin for every problem");
        assert!(margin.slowest_ms < margin.budget_ms);
        // every solution ran, and the template too
        assert!(problem.solutions.iter().any(|s| s.expected == "template"));
        for s in &problem.solutions {
            let want = match s.expected.as_str() {
                "accepted" => Some(Verdict::Accepted),
                "wrong_answer" => Some(Verdict::WrongAnswer),
                _ => None,
            };
            if let Some(want) = want {
                assert_eq!(s.verdicts, [want], "{}", s.path);
            } else {
                assert_ne!(s.verdicts, [Verdict::Accepted], "{}", s.path);
            }
        }
    }
}

#[test]
fn each_defect_fails_naming_the_problem_the_file_and_the_reason() {
    // (bank, extra arguments, the file at fault, the reason)
    let cases: &[(&str, &[&str], &str, &str)] = &[
        (
            "malformed-toml",
            &[],
            "typo-key/problem.toml:8:1",
            "unknown field `memroy_mb`",
        ),
        (
            "accepted-fails",
            &[],
            "off-by-one/solutions/accepted/plus.py",
            "an accepted solution fails: WA on hidden/big",
        ),
        (
            "wrong-passes",
            &[],
            "weak-tests/solutions/wrong_answer/minus_for_negatives.py",
            "gets AC on every test: no test catches this wrong_answer solution",
        ),
        (
            "tight-limit",
            &[],
            "slow-accepted/solutions/accepted/plus.py",
            "too close to the time limit: test ",
        ),
        (
            "template-passes",
            &[],
            "solved-template/template.py",
            "gets AC on every test: the starter file already solves the problem",
        ),
        (
            "duplicate-names",
            &[],
            "twice-named/tests/hidden.json:",
            "two cases are named \"negative\"",
        ),
        (
            "samples-only",
            &[],
            "weak-hidden/solutions/wrong_answer/minus_for_negatives.py",
            "caught only by sample tests (sample/negative)",
        ),
        (
            "worse-verdict",
            &[],
            "crashing-wrong/solutions/wrong_answer/minus_for_negatives.py",
            "gets RE on hidden/negative (ValueError: negative): worse than the WA",
        ),
        (
            "entry-not-in-template",
            &[],
            "renamed/template.py",
            "does not define the function (or class) `add`",
        ),
        (
            "checker-syntax",
            &[],
            "unclosed-checker/checker.py:3:45",
            "SyntaxError: '(' was never closed",
        ),
        (
            "nondeterministic",
            &["--repeat", "3"],
            "shuffled/solutions/accepted/plus.py",
            "gives different answers across 3 runs on",
        ),
    ];
    let outputs = parallel(cases, |(bank, extra, _, _)| {
        let path = format!("tests/fixtures/banks/{bank}");
        let mut args = vec!["check", "--color", "never", path.as_str()];
        args.extend_from_slice(extra);
        judge(&args)
    });
    let mut wrong = Vec::new();
    for ((bank, _, file, reason), out) in cases.iter().zip(outputs) {
        let text = stdout(&out);
        let problem = format!(
            "tests/fixtures/banks/{bank}/junior/{}",
            file.split('/').next().unwrap_or_default()
        );
        let line = text
            .lines()
            .find(|l| l.contains(file) && l.contains(reason))
            .map(str::to_owned);
        if out.status.code() != Some(1) || line.is_none() || !text.contains(&format!("FAIL  {problem}")) {
            wrong.push(format!("{bank}: exit {:?}\n{text}{}", out.status.code(), stderr(&out)));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn partitions_cover_the_bank_exactly_once() {
    let all: BTreeSet<PathBuf> = problems_under(&banks()).into_iter().collect();
    assert!(all.len() > 10);
    let slices = parallel(&[1, 2, 3], |k| {
        check_json(&["tests/fixtures/banks", "--partition", &format!("{k}/3")])
    });
    let mut seen = Vec::new();
    for (report, _) in &slices {
        let size = report.problems.len();
        assert!(
            size == all.len() / 3 || size == all.len() / 3 + 1,
            "uneven slice of {size}"
        );
        seen.extend(report.problems.iter().map(|p| repo().join(&p.path)));
    }
    seen.sort();
    assert_eq!(seen, all.into_iter().collect::<Vec<_>>());
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=judge",
            "-c",
            "user.email=judge@example.invalid",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn changed_since_checks_only_the_problems_a_change_touched() {
    let repo_dir = tempfile::tempdir().unwrap();
    let bank = repo_dir.path().join("problems");
    copy_dir(&banks().join("good"), &bank);
    git(repo_dir.path(), &["init", "-q"]);
    git(repo_dir.path(), &["add", "."]);
    git(repo_dir.path(), &["commit", "-q", "-m", "bank"]);
    // a committed change, an edit not yet staged, and a new untracked file
    std::fs::write(bank.join("mid/stack/statement.md"), "# Stack\n\nA LIFO stack.\n").unwrap();
    git(repo_dir.path(), &["commit", "-q", "-am", "statement"]);
    let hidden = bank.join("junior/shout/tests/hidden/two.in");
    std::fs::write(&hidden, "a\nb\n\n").unwrap();
    std::fs::write(hidden.with_extension("ans"), "A\nB\n\n").unwrap();
    std::fs::write(
        bank.join("junior/add/solutions/accepted/sum.py"),
        "def add(a, b):\n    return sum((a, b))\n",
    )
    .unwrap();

    let run = |rev: &str| {
        let out = Command::new(JUDGE)
            .args(["check", "--format", "json", "--changed-since", rev, "problems"])
            .current_dir(repo_dir.path())
            .output()
            .unwrap();
        let report: BankReport = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("no report ({e}): {}", String::from_utf8_lossy(&out.stderr)));
        let mut slugs: Vec<String> = report.problems.into_iter().map(|p| p.slug).collect();
        slugs.sort();
        (slugs, out.status.code())
    };
    assert_eq!(
        run("HEAD~1"),
        (vec!["add".to_owned(), "shout".to_owned(), "stack".to_owned()], Some(0))
    );
    assert_eq!(run("HEAD"), (vec!["add".to_owned(), "shout".to_owned()], Some(0)));

    let out = Command::new(JUDGE)
        .args(["check", "--changed-since", "no-such-revision", "problems"])
        .current_dir(repo_dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-revision"));
}

#[test]
fn junit_has_a_case_per_problem_and_solution_and_parses() {
    let out = judge(&[
        "check",
        "--format",
        "junit",
        "tests/fixtures/banks/worse-verdict",
        "tests/fixtures/banks/good/mid",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let xml = stdout(&out);
    // 3 problems x (package + 2 solutions + template)
    assert_eq!(xml.matches("<testcase ").count(), 12, "{xml}");
    assert_eq!(xml.matches("<failure ").count(), 1, "{xml}");
    assert!(xml.contains("name=\"solutions/wrong_answer/minus_for_negatives.py\""));
    let parsed = Command::new("python3")
        .args([
            "-c",
            "import sys, xml.etree.ElementTree as ET; r = ET.fromstring(sys.stdin.read()); \
             print(r.get('tests'), r.get('failures'), len(r.findall('testsuite')))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(xml.as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&parsed.stdout).trim(),
        "12 1 3",
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    let cases: &[(&[&str], &str)] = &[
        (&["check", "no/such/bank"], "no/such/bank: no such directory"),
        (
            &["check", "--partition", "4/3", "tests/fixtures/banks/good"],
            "between 1 and 3",
        ),
        (
            &["check", "--safety-factor", "0.5", "tests/fixtures/banks/good"],
            "a floor must be a number from 1 to 20",
        ),
        (&["check", "tests/fixtures/banks/good/junior/add/tests"], "no problems"),
    ];
    for (args, message) in cases {
        let out: Output = judge(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(message), "{args:?}: {}", stderr(&out));
    }
}

/// `--fail-fast`: once a problem fails, no further problem starts; those
/// under way finish; the rest are listed as not checked, and the check
/// fails. A bank of one failing problem (first in order) and thirty good
/// ones: runs start at most a few at a time, so most good ones cannot have
/// started by the time the failing one is assessed, whatever the machine.
#[test]
fn fail_fast_starts_no_problem_after_the_first_failure() {
    let dir = tempfile::tempdir().unwrap();
    let bank = dir.path().join("bank");
    copy_dir(
        &banks().join("accepted-fails/junior/off-by-one"),
        &bank.join("junior/a-fails"),
    );
    for i in 0..30 {
        copy_dir(&banks().join("good/junior/add"), &bank.join(format!("junior/p{i:02}")));
    }
    let bank = bank.to_str().unwrap();
    let (report, code) = check_json(&["--jobs", "1", "--fail-fast", bank]);
    assert_eq!(code, 1);
    assert!(!report.passed());
    assert!(
        report.problems.iter().any(|p| p.slug == "a-fails" && p.errors() > 0),
        "{:?}",
        report.problems
    );
    assert_eq!(report.problems.len() + report.not_checked.len(), 31);
    assert!(report.not_checked.len() >= 20, "{:?}", report.not_checked);
    assert!(report.not_checked.iter().all(|p| p.contains("/junior/p")));

    // the first run's times would start the slowest problems first: a
    // cache of its own, as on a fresh machine
    let cache = tempfile::tempdir().unwrap();
    let human = std::process::Command::new(crate::support::JUDGE)
        .args(["check", "--jobs", "1", "--fail-fast", "--color", "never", bank])
        .env("XDG_CACHE_HOME", cache.path())
        .output()
        .unwrap();
    let text = stdout(&human);
    assert!(
        text.contains("not checked (--fail-fast stopped at the first failing problem)"),
        "{text}"
    );
    assert_eq!(human.status.code(), Some(1));
}
