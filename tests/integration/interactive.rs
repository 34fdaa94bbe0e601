//! Interactive problems (`[checker] type = "interactive"`,
//! docs/problem-format.md): the real judge runs each case's solution with
//! its stdin and stdout piped to the problem's interactor, in Python and
//! in C, on the `guess` fixture and the bank's `guess-the-number`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use judge_report::{BankReport, RunReport, Verdict};

use crate::support::{JUDGE, copy_dir, fixture, repo, shared_history, stderr};

/// `judge ARGS...` with `cache` as the user's cache directory (where a
/// compiled interactor is kept).
fn judge_cached(cache: &Path, args: &[&str]) -> Output {
    Command::new(JUDGE)
        .args(args)
        .env("XDG_CACHE_HOME", cache)
        .env("JUDGE_DB", shared_history())
        .output()
        .expect("the judge binary runs")
}

fn run(cache: &Path, problem: &Path, solution: &str) -> (RunReport, i32) {
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

fn first_summary(report: &RunReport) -> String {
    report
        .first_failure()
        .and_then(|t| t.failure.as_deref())
        .map(|f| f.summary.clone())
        .unwrap_or_else(|| panic!("a failure is reported: {report:#?}"))
}

/// A copy of the `guess` fixture with `checker` as its `[checker]` table
/// and `files` (path, text) written into it.
fn guess_with(checker: &str, files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("guess");
    copy_dir(&fixture("guess"), &dir);
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

#[test]
fn the_interactors_word_decides_and_the_solutions_failures_are_its_own() {
    let cache = tempfile::tempdir().unwrap();
    let guess = fixture("guess");
    let (report, code) = run(cache.path(), &guess, "accepted/bisect.py");
    assert_eq!((report.verdict, code), (Verdict::Accepted, 0), "{report:#?}");
    assert_eq!(report.passed, 3);

    let (report, code) = run(cache.path(), &guess, "wrong_answer/never_guesses_the_top.py");
    assert_eq!((report.verdict, code), (Verdict::WrongAnswer, 1), "{report:#?}");
    // judgemessage.txt is shown
    assert_eq!(
        first_summary(&report),
        "the interactor rejected the solution: the solution stopped after 0 guesses without finding the number"
    );

    let (report, _) = run(cache.path(), &guess, "runtime_error/crashes_on_the_reply.py");
    assert_eq!(report.verdict, Verdict::RuntimeError, "{report:#?}");
    let failure = report.first_failure().and_then(|t| t.failure.as_deref()).unwrap();
    let exception = failure.exception.as_ref().expect("the solution's traceback");
    assert!(format!("{exception:?}").contains("ValueError"), "{exception:?}");
}

#[test]
fn a_deadlock_ends_as_tle_at_the_wall_clock_limit_and_leaves_no_interactor() {
    let cache = tempfile::tempdir().unwrap();
    // a copy: its interactor's path is this test's alone
    let (_tmp, guess) = guess_with("type = \"interactive\"\nprogram = \"interactor/interact.py\"\n", &[]);
    let interactors_left = || {
        let path = guess.join("interactor").to_string_lossy().into_owned();
        fs::read_dir("/proc")
            .unwrap()
            .flatten()
            .filter_map(|e| fs::read(e.path().join("cmdline")).ok())
            .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
            .filter(|c| c.contains(&path))
            .collect::<Vec<_>>()
    };
    for solution in [
        "time_limit_exceeded/never_flushes.py",
        "time_limit_exceeded/reads_past_the_end.py",
    ] {
        let started = Instant::now();
        let (report, _) = run(cache.path(), &guess, solution);
        let took = started.elapsed();
        assert_eq!(report.verdict, Verdict::TimeLimitExceeded, "{solution}: {report:#?}");
        assert!(
            report.tests.iter().all(|t| t.verdict == Verdict::TimeLimitExceeded),
            "{solution}: {report:#?}"
        );
        // three tests at a 3 s wall limit each, and a generous margin for a
        // loaded machine: never three times the interactor's own 30 s
        assert!(took < Duration::from_secs(60), "{solution}: {took:?}");
        // killed and reaped before the judge exits
        assert_eq!(interactors_left(), Vec::<String>::new(), "{solution}");
    }
}

#[test]
fn a_crashing_interactor_is_an_internal_error_naming_the_problem_and_the_interactor() {
    let cache = tempfile::tempdir().unwrap();
    let (_tmp, dir) = guess_with(
        "type = \"interactive\"\nprogram = \"broken/interact.py\"\n",
        &[("broken/interact.py", "import sys\nprint(sys.stdin and 1 // 0)\n")],
    );
    let (report, code) = run(cache.path(), &dir, "accepted/bisect.py");
    assert_eq!((report.verdict, code), (Verdict::InternalError, 3), "{report:#?}");
    let summary = first_summary(&report);
    assert!(
        summary.starts_with(
            "the problem's interactor failed: the interactor broken/interact.py of problem `guess` exited with code 1"
        ),
        "{summary}"
    );
    assert!(summary.contains("ZeroDivisionError"), "{summary}");
}

const C_INTERACTOR: &str = r#"/* The guess interactor in C: interact input answer feedback_dir/ */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "limits.h"

static void reject(const char *feedback, const char *message) {
    char path[4096];
    snprintf(path, sizeof path, "%sjudgemessage.txt", feedback);
    FILE *f = fopen(path, "w");
    if (f) { fputs(message, f); fclose(f); }
    exit(43);
}

int main(int argc, char **argv) {
    long n, secret, guess;
    FILE *in = fopen(argv[1], "r"), *ans = fopen(argv[2], "r");
    if (!in || !ans || fscanf(in, "%ld", &n) != 1 || fscanf(ans, "%ld", &secret) != 1) return 1;
    printf("%ld\n", n);
    fflush(stdout);
    for (int i = 0; i < MAX_GUESSES; i++) {
        if (scanf("%ld", &guess) != 1) reject(argv[3], "C interactor: no guess");
        if (guess == secret) { printf("=\n"); fflush(stdout); return 42; }
        printf(secret < guess ? "<\n" : ">\n");
        fflush(stdout);
    }
    reject(argv[3], "C interactor: too many guesses");
    return 43;
}
"#;

/// The compiled programs in the cache: (path, inode, modification time).
fn cached_programs(cache: &Path) -> Vec<(PathBuf, u64, i64)> {
    use std::os::unix::fs::MetadataExt;
    let Ok(entries) = fs::read_dir(cache.join("judge/validators")) else {
        return Vec::new();
    };
    let mut found: Vec<_> = entries
        .flatten()
        .map(|e| e.path().join("validator"))
        .filter(|p| p.is_file())
        .map(|p| {
            let meta = fs::metadata(&p).unwrap();
            (p, meta.ino(), meta.mtime_nsec())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn a_c_interactor_is_compiled_once_and_reused_from_the_cache() {
    let cache = tempfile::tempdir().unwrap();
    let (_tmp, dir) = guess_with(
        "type = \"interactive\"\nprogram = \"c_interactor\"\n",
        &[
            ("c_interactor/interact.c", C_INTERACTOR),
            ("c_interactor/limits.h", "#define MAX_GUESSES 40\n"),
        ],
    );
    let (report, code) = run(cache.path(), &dir, "accepted/bisect.py");
    assert_eq!((report.verdict, code), (Verdict::Accepted, 0), "{report:#?}");
    let compiled = cached_programs(cache.path());
    assert_eq!(compiled.len(), 1, "one program compiled: {compiled:?}");

    let (report, _) = run(cache.path(), &dir, "wrong_answer/never_guesses_the_top.py");
    assert_eq!(report.verdict, Verdict::WrongAnswer, "{report:#?}");
    assert_eq!(
        first_summary(&report),
        "the interactor rejected the solution: C interactor: no guess"
    );
    assert_eq!(cached_programs(cache.path()), compiled, "reused, not compiled again");

    // the header is part of the program: 5 guesses are too few for a million
    fs::write(dir.join("c_interactor/limits.h"), "#define MAX_GUESSES 5\n").unwrap();
    let (report, _) = run(cache.path(), &dir, "accepted/bisect.py");
    assert_eq!(report.verdict, Verdict::WrongAnswer, "{report:#?}");
    assert_eq!(
        first_summary(&report),
        "the interactor rejected the solution: C interactor: too many guesses"
    );
    assert_eq!(cached_programs(cache.path()).len(), 2);
}

/// A solution that hangs up mid-conversation: the interactor's next reply
/// meets a closed pipe. It must see EPIPE and reject (WA), not die of
/// SIGPIPE (an IE blamed on nobody): a C interactor does not ignore the
/// signal by itself, as Python does.
#[test]
fn an_interactor_writing_to_a_solution_that_is_gone_rejects_it() {
    let cache = tempfile::tempdir().unwrap();
    let (_tmp, dir) = guess_with(
        "type = \"interactive\"\nprogram = \"c_interactor\"\n",
        &[
            ("c_interactor/interact.c", C_INTERACTOR),
            ("c_interactor/limits.h", "#define MAX_GUESSES 40\n"),
        ],
    );
    fs::write(
        dir.join("solutions/wrong_answer/one_guess_then_gone.py"),
        "input()\nprint(2, flush=True)\n",
    )
    .unwrap();
    let (report, _) = run(cache.path(), &dir, "wrong_answer/one_guess_then_gone.py");
    assert_eq!(report.verdict, Verdict::WrongAnswer, "{report:#?}");
    assert!(
        report.tests.iter().all(|t| t.verdict != Verdict::InternalError),
        "{report:#?}"
    );
}

#[test]
fn judge_check_passes_the_bank_problem() {
    let cache = tempfile::tempdir().unwrap();
    let problem = repo().join("problems/mid/guess-the-number");
    let out = judge_cached(cache.path(), &["check", "--format", "json", &problem.to_string_lossy()]);
    let report: BankReport = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}); stderr:\n{}", stderr(&out)));
    assert_eq!(out.status.code(), Some(0), "{report:#?}");
    assert_eq!(report.errors, 0, "{report:#?}");
    let solutions = &report.problems[0].solutions;
    for folder in ["accepted", "wrong_answer", "time_limit_exceeded", "runtime_error"] {
        assert!(
            solutions.iter().any(|s| s.expected == folder),
            "{folder}: {solutions:#?}"
        );
    }
}

#[test]
fn the_embedded_runner_refuses_an_interactive_problem_saying_so() {
    let guess = fixture("guess");
    let solution = guess.join("solutions/accepted/bisect.py");
    let out = crate::support::judge(&[
        "run",
        "--runner",
        "embedded",
        "--format",
        "json",
        &guess.to_string_lossy(),
        &solution.to_string_lossy(),
    ]);
    if String::from_utf8_lossy(&out.stderr).contains("embedded") && out.stdout.is_empty() {
        // a judge built without the embedded runner says so instead
        return;
    }
    let report: RunReport = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}); stderr:\n{}", stderr(&out)));
    assert_eq!(report.verdict, Verdict::InternalError, "{report:#?}");
    assert_eq!(
        report.internal_error.as_deref(),
        Some("the embedded runner does not run interactive problems; use --runner process")
    );
}
