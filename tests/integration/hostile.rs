//! The adversarial suite (tests/fixtures/hostile): every solution attacks
//! the judge, and gets the verdict its folder names (see ATTACKS.md). Here
//! also: nothing is left behind (no file outside the run's directory, no
//! process), and the warm pool's children are held the same way.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use judge_problem::{SolutionFolder, list_solutions};
use judge_report::Verdict;

use crate::support::{fixture, parallel, run_json};

/// Files the attacks create are named `judge-hostile-*`; processes carry it
/// in their command line.
const MARK: &str = "judge-hostile";

/// The hostile fixtures: `hostile` (a function) and `hostile-stdio` (a
/// program, for what only a program can do: `sys.exit`) and
/// `hostile-forbid` (`[rules] forbid`).
const FIXTURES: [&str; 3] = ["hostile", "hostile-stdio", "hostile-forbid"];

/// Every attack: its problem, its path and the verdict it must get.
fn hostile() -> Vec<(PathBuf, PathBuf, Verdict)> {
    let mut all = Vec::new();
    for name in FIXTURES {
        let dir = fixture(name);
        all.extend(
            list_solutions(&dir)
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .filter(|s| s.folder != SolutionFolder::Accepted)
                .map(|s| (dir.clone(), s.path, judge_check::promised(s.folder))),
        );
    }
    all
}

fn leftovers() -> Vec<String> {
    let mut found = Vec::new();
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_default();
    for dir in [std::env::temp_dir(), PathBuf::from("/tmp"), home] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(MARK) {
                    found.push(entry.path().display().to_string());
                }
            }
        }
    }
    if let Ok(procs) = std::fs::read_dir("/proc") {
        for entry in procs.flatten() {
            if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
                let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
                if cmdline.contains(MARK) && !cmdline.contains("cargo") && !cmdline.contains("integration") {
                    found.push(format!("process {}: {cmdline}", entry.file_name().to_string_lossy()));
                }
            }
        }
    }
    found
}

fn harness_untouched() -> bool {
    judge_runner::HARNESS_SOURCES
        .iter()
        .all(|(_, source)| !source.contains(MARK))
        && walk_cache_for_mark().is_empty()
}

fn walk_cache_for_mark() -> Vec<PathBuf> {
    let Some(home) = std::env::var_os("HOME") else {
        return vec![];
    };
    let cache = Path::new(&home).join(".cache/judge");
    let mut marked = Vec::new();
    for dir in std::fs::read_dir(cache).into_iter().flatten().flatten() {
        let harness = dir.path().join("harness.py");
        if std::fs::read_to_string(&harness).is_ok_and(|s| s.contains(MARK)) {
            marked.push(harness);
        }
    }
    marked
}

#[test]
fn every_attack_is_stopped_and_leaves_nothing_behind() {
    let solutions = hostile();
    assert!(solutions.len() >= 30, "only {} hostile solutions", solutions.len());
    let results = parallel(&solutions, |(dir, path, _)| run_json(dir, path));
    let mut wrong = Vec::new();
    for ((_, path, want), (report, code)) in solutions.iter().zip(results) {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if report.verdict != *want || code != 1 {
            let why = report
                .first_failure()
                .and_then(|t| t.failure.as_ref())
                .map_or(String::new(), |f| f.summary.clone());
            wrong.push(format!(
                "{name}: got {} (exit {code}), want {want}: {why}",
                report.verdict
            ));
        }
        if report.sandbox.iter().any(|l| l == "mount namespace") && name == "many_files.py" {
            let summary = report
                .first_failure()
                .and_then(|t| t.failure.as_ref())
                .map_or(String::new(), |f| f.summary.clone());
            assert!(
                summary.contains("No space left on device"),
                "the tmpfs did not stop it: {summary}"
            );
        }
    }
    assert!(
        wrong.is_empty(),
        "attacks with the wrong verdict:\n{}",
        wrong.join("\n")
    );
    let left = leftovers();
    assert!(left.is_empty(), "left behind:\n{}", left.join("\n"));
    assert!(
        harness_untouched(),
        "the cached harness was written to: {:?}",
        walk_cache_for_mark()
    );
}

#[test]
fn the_warm_pools_children_are_held_the_same_way() {
    let solutions = hostile();
    let python = judge_runner::Interpreter::discover().expect("python3");
    let harness = Arc::new(judge_runner::HarnessFile::write().expect("harness"));
    let runner = judge_runner::ProcessRunner::with_warm_pool(python.clone(), harness.clone()).expect("warm pool");
    let engine = judge_engine::Engine::new(Box::new(runner), python, harness);
    let mut wrong = Vec::new();
    for (dir, path, want) in &solutions {
        let problem = judge_problem::load(dir).unwrap_or_else(|e| panic!("{e}"));
        let report = engine.judge(&problem, &judge_engine::Submission::read(path).unwrap(), &mut |_| {});
        if report.verdict != *want {
            wrong.push(format!(
                "{}: got {}, want {want}",
                path.file_name().unwrap_or_default().to_string_lossy(),
                report.verdict
            ));
        }
    }
    assert!(wrong.is_empty(), "through the warm pool:\n{}", wrong.join("\n"));
    assert!(leftovers().is_empty(), "left behind: {:?}", leftovers());
}

#[test]
fn judge_doctor_proves_the_layers() {
    let out = crate::support::judge(&["doctor"]);
    let text = crate::support::stdout(&out);
    assert!(text.contains("Sandbox layers of the process runner"), "{text}");
    for attack in ["read a file outside the sandbox", "start a process", "signal the judge"] {
        let line = text.lines().find(|l| l.contains(attack)).unwrap_or_default();
        assert!(line.contains("blocked"), "{attack}: {line}\n{text}");
    }
    assert_eq!(out.status.code(), Some(0), "{text}");
}

/// The embedded runner runs the solution inside the judge: a solution that
/// ends its process must not end `judge run` with exit 0 and no report
/// (interpreter_state.py `guard_exits`).
#[cfg(feature = "embedded")]
#[test]
fn the_embedded_runner_outlives_a_solution_that_ends_its_process() {
    let dir = fixture("hostile");
    for name in [
        "os_exit_zero.py",
        "os_abort.py",
        "kill_own_process.py",
        "raise_signal_kill.py",
    ] {
        let path = dir.join("solutions/runtime_error").join(name);
        let out = crate::support::judge(&[
            "run",
            "--runner",
            "embedded",
            "--format",
            "json",
            &dir.to_string_lossy(),
            &path.to_string_lossy(),
        ]);
        let report: judge_report::RunReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{name}: no report ({e}), exit {:?}: {}",
                out.status.code(),
                crate::support::stderr(&out)
            )
        });
        assert_eq!(report.runner, "embedded");
        assert_eq!(report.verdict, Verdict::RuntimeError, "{name}");
        assert_eq!(out.status.code(), Some(1), "{name}");
    }
}
