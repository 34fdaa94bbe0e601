//! The judge waits for every child it starts before it exits, on every path
//! (docs/protocol.md, "Child processes"): run under a subreaper, it leaves
//! no orphan, zombie or living, to be collected by someone else.

use std::process::{Command, Stdio};

use crate::support::{JUDGE, fixture, repo, shared_history};

/// The start of both scripts below: become a child subreaper, start the
/// judge (`sys.argv[1:]`), and list a process's children.
const START_THE_JUDGE: &str = r#"
import ctypes, os, subprocess, sys, time
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
    sys.exit("prctl: errno %d" % ctypes.get_errno())
judge = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def children(pid):
    try:
        return [int(c) for t in os.listdir("/proc/%d/task" % pid)
                for c in open("/proc/%d/task/%s/children" % (pid, t)).read().split()]
    except OSError:
        return []
"#;

/// A script: `START_THE_JUDGE`, then `rest`.
fn script(rest: &str) -> String {
    format!("{START_THE_JUDGE}{rest}")
}

/// Runs `judge ARGS` as a child of a process that has made itself a child
/// subreaper (PR_SET_CHILD_SUBREAPER): anything the judge leaves behind is
/// reparented to it. After the judge has been waited for, it lists what it
/// got (without waiting for anything still alive) and prints the judge's
/// exit code and the number of orphans.
const SUBREAPER: &str = r#"
depth = int(os.environ.get("INTERRUPT_AT_DEPTH", "0"))
if depth:
    # Ctrl-C once the judge has started a harness (depth 1: its child;
    # depth 2: a child of the warm pool's zygote), polled for
    while judge.poll() is None:
        level = [judge.pid]
        for _ in range(depth):
            level = [c for p in level for c in children(p)]
        if level:
            judge.send_signal(2)
            break
        time.sleep(0.005)
code = judge.wait()
orphans = []
while True:
    try:
        pid, status = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        break  # no child at all: nothing was left to us
    if pid == 0:
        # a living orphan: name it, end it and wait for it
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = open("/proc/%s/stat" % entry).read()
                except OSError:
                    continue
                if int(stat[stat.rfind(")") + 2:].split()[1]) == os.getpid():
                    orphans.append(("alive", stat[:stat.rfind(")") + 1]))
                    os.kill(int(entry), 9)
        os.waitpid(-1, 0)
        continue
    orphans.append(("zombie", pid))
print(code, len(orphans), orphans)
"#;

/// The judge's exit code and the orphans it left.
fn orphans_of(args: &[&str]) -> (i32, usize, String) {
    orphans_after(args, 0)
}

/// The same, the judge interrupted (SIGINT) once it has a harness process
/// `depth` generations down.
fn orphans_after(args: &[&str], depth: u32) -> (i32, usize, String) {
    let out = Command::new("python3")
        .env("INTERRUPT_AT_DEPTH", depth.to_string())
        .arg("-c")
        .arg(script(SUBREAPER))
        .arg(JUDGE)
        .args(args)
        .current_dir(repo())
        .env("JUDGE_DB", shared_history())
        .stdin(Stdio::null())
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let mut fields = text.split_whitespace();
    let code = fields.next().and_then(|c| c.parse().ok()).expect("an exit code");
    let count = fields.next().and_then(|c| c.parse().ok()).expect("a count");
    (code, count, text)
}

fn run(runner: &str, problem: &str, solution: &str) -> (i32, usize, String) {
    let dir = fixture(problem);
    let solution = dir.join("solutions").join(solution);
    orphans_of(&[
        "run",
        "--runner",
        runner,
        &dir.to_string_lossy(),
        &solution.to_string_lossy(),
    ])
}

#[test]
fn judge_run_leaves_no_child_behind_on_any_path() {
    for (runner, problem, solution, code) in [
        ("process", "add", "accepted/plain.py", 0),
        ("process", "add", "wrong_answer/off_by_one.py", 1),
        ("process", "add", "compile_error/syntax.py", 1),
        ("process", "add", "time_limit_exceeded/spins.py", 1),
        ("process", "add", "runtime_error/os_exit.py", 1),
        ("process", "any-divisor", "accepted/smallest.py", 0),
        ("process", "broken-checker", "accepted/smallest.py", 3),
        ("embedded", "add", "accepted/plain.py", 0),
        ("embedded", "any-divisor", "accepted/smallest.py", 0),
    ] {
        let (got, orphans, text) = run(runner, problem, solution);
        assert_eq!((got, orphans), (code, 0), "{runner} {problem} {solution}: {text}");
    }
}

#[test]
fn judge_check_leaves_no_child_behind() {
    // the warm pool's zygote and the children it forks
    let bank = fixture("banks/good");
    let (code, orphans, text) = orphans_of(&["check", &bank.to_string_lossy()]);
    assert_eq!((code, orphans), (0, 0), "{text}");
}

/// The `add` fixture with a 10 s CPU limit (20 s of wall time), where only
/// the solution that sleeps is left, in a bank of its own.
fn slow_bank() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let problem = tmp.path().join("bank/add");
    crate::support::copy_dir(&fixture("add"), &problem);
    let toml = problem.join("problem.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace("time_ms = 300", "time_ms = 10000");
    std::fs::write(&toml, text).unwrap();
    let solutions = problem.join("solutions");
    std::fs::remove_dir_all(&solutions).unwrap();
    std::fs::create_dir_all(solutions.join("time_limit_exceeded")).unwrap();
    std::fs::copy(
        fixture("add").join("solutions/time_limit_exceeded/sleeps.py"),
        solutions.join("time_limit_exceeded/sleeps.py"),
    )
    .unwrap();
    (tmp, problem)
}

#[test]
fn an_interrupted_judge_reaps_its_children_first() {
    let (_tmp, problem) = slow_bank();
    let solution = problem.join("solutions/time_limit_exceeded/sleeps.py");
    let (code, orphans, text) = orphans_after(&["run", &problem.to_string_lossy(), &solution.to_string_lossy()], 1);
    assert_eq!((code, orphans), (130, 0), "judge run: {text}");
    let bank = problem.parent().unwrap();
    let (code, orphans, text) = orphans_after(&["check", "--jobs", "1", &bank.to_string_lossy()], 2);
    assert_eq!((code, orphans), (130, 0), "judge check: {text}");
}

/// Kills the judge outright (SIGKILL: no handler, no `Drop`) once it has a
/// harness `depth` generations down, then waits up to 15 s for every
/// process it left to end by itself (a child subreaper collects them).
/// Prints how many were still alive at the deadline.
const KILL_THE_JUDGE: &str = r#"
def cmdline(pid):
    try:
        return open("/proc/%d/cmdline" % pid, "rb").read()
    except OSError:
        return b""
def wchan(pid):
    try:
        return open("/proc/%d/wchan" % pid).read()
    except OSError:
        return ""
depth = int(os.environ["KILL_AT_DEPTH"])
while judge.poll() is None:
    level = [judge.pid]
    for _ in range(depth):
        level = [c for p in level for c in children(p)]
    # a harness (not one of the judge's short probes) asleep in the
    # solution's test, which sleeps 30 s
    if any(b"harness" in cmdline(pid) and wchan(pid) == "hrtimer_nanosleep" for pid in level):
        judge.kill()
        break
    time.sleep(0.005)
killed = judge.wait() == -9
# the solution sleeps 30 s a test: what is alive after 15 s outlived the judge
deadline = time.time() + 15
alive = 0
while True:
    try:
        pid, _ = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        break
    if pid:
        continue
    if time.time() > deadline:
        alive = len(children(os.getpid()))
        for pid in children(os.getpid()):
            os.kill(pid, 9)
        break
    time.sleep(0.01)
print(alive, "killed" if killed else "not killed: exit %d" % judge.returncode)
"#;

#[test]
fn a_killed_judge_takes_its_children_and_its_directories_with_it() {
    let (_tmp, problem) = slow_bank();
    let solution = problem.join("solutions/time_limit_exceeded/sleeps.py");
    let tmpdir = tempfile::tempdir().unwrap();
    let bank = problem.parent().unwrap().to_path_buf();
    let run_args = ["run", &problem.to_string_lossy(), &solution.to_string_lossy()].map(String::from);
    let check_args = ["check", "--jobs", "1", &bank.to_string_lossy()].map(String::from);
    for (args, depth) in [(&run_args[..], 1), (&check_args[..], 2)] {
        let out = Command::new("python3")
            .env("KILL_AT_DEPTH", depth.to_string())
            .env("TMPDIR", tmpdir.path())
            .arg("-c")
            .arg(script(KILL_THE_JUDGE))
            .arg(JUDGE)
            .args(args)
            .env("JUDGE_DB", shared_history())
            .stdin(Stdio::null())
            .output()
            .expect("python3 runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(text.trim(), "0 killed", "{args:?}: processes outlived the killed judge");
    }
    let left = |tmp: &std::path::Path| -> Vec<String> {
        std::fs::read_dir(tmp)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("judge-run-"))
            .collect()
    };
    assert!(
        !left(tmpdir.path()).is_empty(),
        "the killed judges left no directory: nothing to test"
    );
    // the next judge removes what dead judges left
    let quick = fixture("add");
    let out = Command::new(JUDGE)
        .args(["run", "--no-record"])
        .arg(&quick)
        .arg(quick.join("solutions/accepted/plain.py"))
        .env("TMPDIR", tmpdir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(left(tmpdir.path()), Vec::<String>::new());
}
