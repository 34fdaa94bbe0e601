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

/// The System V IPC key the attacks use (`0x6a756467`, "judg").
const IPC_KEY: &str = "1786078311";
/// The POSIX message queue they make.
const MQUEUE: &std::ffi::CStr = c"/judge-hostile-mq";

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
                .map(|s| {
                    let want =
                        judge_check::promised(s.folder).expect("the hostile fixtures use folders of one verdict");
                    (dir.clone(), s.path, want)
                }),
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
    // host state: System V objects under the attacks' key, their message
    // queue (each removed once found, so that one leak fails one run)
    for (table, ipcrm) in [("shm", "-M"), ("msg", "-Q"), ("sem", "-S")] {
        let listing = std::fs::read_to_string(format!("/proc/sysvipc/{table}")).unwrap_or_default();
        for line in listing.lines().skip(1) {
            let mut fields = line.split_whitespace();
            if fields.next() == Some(IPC_KEY) {
                found.push(format!("System V {table} {line}"));
                let _ = std::process::Command::new("ipcrm").args([ipcrm, "0x6a756467"]).status();
            }
        }
    }
    // SAFETY: mq_open of a NUL-terminated name; the descriptor is closed.
    unsafe {
        let queue = libc::mq_open(MQUEUE.as_ptr(), libc::O_RDONLY);
        if queue >= 0 {
            found.push(format!("POSIX message queue {}", MQUEUE.to_string_lossy()));
            libc::mq_close(queue);
            libc::mq_unlink(MQUEUE.as_ptr());
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
    for attack in [
        "read a file outside the sandbox",
        "start a process",
        "signal the judge",
        "create System V shared memory",
        "memory outside the limit (memfd)",
        "renice the judge",
        "run as root",
        "change a host file's mode (chmod)",
        "watch hidden paths (inotify)",
    ] {
        let line = text.lines().find(|l| l.contains(attack)).unwrap_or_default();
        assert!(line.contains("blocked"), "{attack}: {line}\n{text}");
    }
    for layer in ["IPC namespace", "PID namespace", "unprivileged uid"] {
        assert!(
            text.lines().any(|l| l.contains(layer)),
            "{layer} is not listed:\n{text}"
        );
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
        (
            "nones.py",
            format!("def guess(n):\n    return [None] * {}\n", frame_bytes - 64),
        ),
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
        assert!(
            peak_kb < bound_kb,
            "{name}: the judge peaked at {peak_kb} KiB, over {bound_kb} KiB"
        );
        assert!(cpu_s < 5.0, "{name}: the judge used {cpu_s} s of CPU");
    }
}

/// The attacks on host state (System V and POSIX IPC, memfd, other
/// processes' scheduling, inotify, descriptors), in a bank of their own
/// for `judge check`: its runs share a warm pool, so what one left the
/// next one could find.
const HOST_STATE_ATTACKS: &[&str] = &[
    "sysv_ipc_left_behind",
    "sysv_ipc_read_what_others_left",
    "posix_mqueue_left_behind",
    "memfd_outside_memory_limit",
    "reschedule_other_processes",
    "inotify_hidden_paths",
    "descriptors_beyond_four",
];

#[test]
fn judge_check_holds_the_host_state_attacks_and_leaves_nothing() {
    let bank = tempfile::tempdir().unwrap();
    let from = fixture("hostile");
    let to = bank.path().join("hostile");
    std::fs::create_dir_all(to.join("solutions/runtime_error")).unwrap();
    for file in ["problem.toml", "statement.md", "template.py"] {
        std::fs::copy(from.join(file), to.join(file)).unwrap();
    }
    crate::support::copy_dir(&from.join("tests"), &to.join("tests"));
    crate::support::copy_dir(&from.join("solutions/accepted"), &to.join("solutions/accepted"));
    for name in HOST_STATE_ATTACKS {
        let file = format!("solutions/runtime_error/{name}.py");
        std::fs::copy(from.join(&file), to.join(&file)).unwrap();
    }
    // a temporary directory of its own, to see that the runs' directories go
    let tmp = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(crate::support::JUDGE)
        .args(["check", "--format", "json", &bank.path().to_string_lossy()])
        .current_dir(crate::support::repo())
        .env("JUDGE_DB", crate::support::shared_history())
        .env("TMPDIR", tmp.path())
        .output()
        .expect("the judge binary runs");
    let report: judge_report::BankReport = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("no JSON report ({e}): {}", crate::support::stderr(&out)));
    let problem = &report.problems[0];
    for name in HOST_STATE_ATTACKS {
        let run = problem
            .solutions
            .iter()
            .find(|s| s.path.contains(name))
            .unwrap_or_else(|| panic!("{name} did not run: {report:#?}"));
        assert_eq!(run.verdicts, [Verdict::RuntimeError], "{name}: {report:#?}");
    }
    assert_eq!(out.status.code(), Some(0), "{report:#?}");
    assert!(leftovers().is_empty(), "left behind: {:?}", leftovers());
    let temp: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(temp.is_empty(), "temporary files left behind: {temp:?}");
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
