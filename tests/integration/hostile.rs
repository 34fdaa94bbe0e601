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

fn hostile() -> (PathBuf, Vec<(PathBuf, Verdict)>) {
    let dir = fixture("hostile");
    let solutions = list_solutions(&dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|s| s.folder != SolutionFolder::Accepted)
        .map(|s| (s.path, judge_check::promised(s.folder)))
        .collect();
    (dir, solutions)
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
    let (dir, solutions) = hostile();
    assert!(solutions.len() >= 30, "only {} hostile solutions", solutions.len());
    let results = parallel(&solutions, |(path, _)| run_json(&dir, path));
    let mut wrong = Vec::new();
    for ((path, want), (report, code)) in solutions.iter().zip(results) {
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
    let (dir, solutions) = hostile();
    let problem = judge_problem::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let python = judge_runner::Interpreter::discover().expect("python3");
    let harness = Arc::new(judge_runner::HarnessFile::write().expect("harness"));
    let runner = judge_runner::ProcessRunner::with_warm_pool(python.clone(), harness.clone()).expect("warm pool");
    let engine = judge_engine::Engine::new(Box::new(runner), python, harness);
    let mut wrong = Vec::new();
    for (path, want) in &solutions {
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

/// The judge's own cost of judging a solution whose every answer is as
/// large as the problem's limits let it be (docs/sandbox.md, "The judge's
/// own cost"): CPU time and peak memory of `judge run`, measured by the
/// kernel (`wait4`, through a Python wrapper), within the documented bound
/// of the hostile problem's limits. The bound is in memory, not time: the
/// CPU figure only has to be far from the seconds a quadratic decoder took.
#[test]
fn the_judges_own_cost_is_bounded_by_the_problems_limits() {
    let dir = tempfile::tempdir().unwrap();
    // the largest result a frame may carry at output_kb = 16: 2 x 16 KiB +
    // 1 MiB (JobLimits::frame_bytes), in the costliest shape to decode
    // (one byte of marshal per value), and a 4-million-bit int
    let frame_bytes = 2 * 16 * 1024 + (1 << 20);
    let solutions = [
        ("nones.py", format!("def guess(n):\n    return [None] * {}\n", frame_bytes - 64)),
        ("big_int.py", "def guess(n):\n    return 1 << 4_000_000\n".to_owned()),
    ];
    for (name, source) in solutions {
        let path = dir.path().join(name);
        std::fs::write(&path, source).unwrap();
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(
                "import resource, subprocess, sys\n\
                 subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n\
                 r = resource.getrusage(resource.RUSAGE_CHILDREN)\n\
                 print(r.ru_utime + r.ru_stime, r.ru_maxrss)",
            )
            .arg(crate::support::JUDGE)
            .args(["run", "--no-record"])
            .arg(fixture("hostile"))
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let mut fields = text.split_whitespace();
        let cpu_s: f64 = fields.next().and_then(|f| f.parse().ok()).expect("CPU seconds");
        let peak_kb: u64 = fields.next().and_then(|f| f.parse().ok()).expect("peak KiB");
        // 128 bytes per byte of the largest frame, and 48 MiB for the rest
        let bound_kb = (128 * frame_bytes as u64 + (48 << 20)) / 1024;
        assert!(peak_kb < bound_kb, "{name}: the judge peaked at {peak_kb} KiB, over {bound_kb} KiB");
        assert!(cpu_s < 5.0, "{name}: the judge used {cpu_s} s of CPU");
    }
}
