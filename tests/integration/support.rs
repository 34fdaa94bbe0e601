//! Running the real binary, the way a person would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use judge_report::RunReport;

pub const JUDGE: &str = env!("CARGO_BIN_EXE_judge");

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// The history every test's `judge run` records into, so that no test
/// writes to the person's own history; a test about history passes `--db`.
pub fn shared_history() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("history.sqlite3")
}

/// Runs `judge ARGS...` in the repository root.
pub fn judge(args: &[&str]) -> Output {
    Command::new(JUDGE)
        .args(args)
        .current_dir(repo())
        .env_remove("NO_COLOR")
        .env("JUDGE_DB", shared_history())
        // `judge check` remembers its problems' times there: not in the
        // person's own cache
        .env(
            "XDG_CACHE_HOME",
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cache"),
        )
        .output()
        .expect("the judge binary runs")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `judge run --format json PROBLEM SOLUTION`: the report and the exit code.
pub fn run_json(problem: &Path, solution: &Path) -> (RunReport, i32) {
    let out = judge(&[
        "run",
        "--format",
        "json",
        &problem.to_string_lossy(),
        &solution.to_string_lossy(),
    ]);
    let report: RunReport = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "judge run {} {} printed no JSON report ({e}); stderr:\n{}",
            problem.display(),
            solution.display(),
            stderr(&out)
        )
    });
    (report, out.status.code().unwrap_or(-1))
}

/// Copies a folder tree (a problem, a bank) to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// Runs `f` over `items` on a few threads, keeping the order of results.
pub fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> = items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    *results[i].lock().unwrap() = Some(r);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().expect("every item ran"))
        .collect()
}
