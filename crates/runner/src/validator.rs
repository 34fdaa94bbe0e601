//! A problem's output validator (`[checker] type = "program"`): trusted
//! problem code, run as a process of its own for each answer, never in the
//! solution's process; and C or C++ validators compiled once, cached by the
//! hash of their sources.
//!
//! This module only runs things and reports how they ended; what an exit
//! code means is `judge_checkers::program`'s to say.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use sha2::{Digest, Sha256};

/// How long one run of a validator may take, by the wall clock: generous,
/// a validator is trusted and may be slow, but one that hangs must not
/// hang the judge.
pub const VALIDATOR_TIMEOUT: Duration = Duration::from_secs(30);
/// How long compiling a validator may take.
pub const COMPILE_TIMEOUT: Duration = Duration::from_secs(300);
/// How much of each stream and of `judgemessage.txt` is read.
const READ_LIMIT: u64 = 64 << 10;

/// How a validator process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValidatorEnd {
    Code(i32),
    Signal(i32),
    TimedOut,
    /// An interactor killed by the judge because the solution had been
    /// stopped (at its time limit) while it was still running.
    Stopped,
}

/// What one run of a validator did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidatorRun {
    pub end: ValidatorEnd,
    /// `feedback_dir/judgemessage.txt` (Kattis), empty when absent.
    pub judge_message: String,
    pub stdout: String,
    pub stderr: String,
}

/// Which arguments a validator is given, and where the output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValidatorCall {
    /// `validator input answer feedback_dir [args] < output`.
    Kattis,
    /// `checker input output answer [args]`.
    Testlib,
}

/// A validator ready to run: its command line, and a directory of its own
/// for the files of each answer (input, answer, output, feedback).
#[derive(Debug)]
pub struct Validator {
    command: Vec<OsString>,
    call: ValidatorCall,
    args: Vec<String>,
    workdir: tempfile::TempDir,
    timeout: Duration,
}

impl Validator {
    /// `command` is the program and its leading arguments (`python3
    /// validate.py`, or the compiled program); `args` follow the
    /// protocol's own.
    pub fn new(command: Vec<OsString>, call: ValidatorCall, args: Vec<String>) -> io::Result<Validator> {
        assert!(!command.is_empty(), "a validator has a program to run");
        let workdir = tempfile::Builder::new().prefix("judge-validator-").tempdir()?;
        Ok(Validator {
            command,
            call,
            args,
            workdir,
            timeout: VALIDATOR_TIMEOUT,
        })
    }

    /// The same validator with another wall-clock limit than
    /// [`VALIDATOR_TIMEOUT`].
    pub fn with_timeout(self, timeout: Duration) -> Validator {
        Validator { timeout, ..self }
    }

    /// Runs the validator on one answer, waiting at most its timeout
    /// ([`VALIDATOR_TIMEOUT`] unless set). An error is the judge's: the files could not
    /// be written, or the program could not be started.
    pub fn run(&mut self, input: &str, answer: &str, output: &str) -> io::Result<ValidatorRun> {
        let dir = self.workdir.path();
        let (input_file, answer_file, output_file) = (dir.join("input"), dir.join("answer"), dir.join("output"));
        let feedback = dir.join("feedback");
        fs::write(&input_file, input)?;
        fs::write(&answer_file, answer)?;
        fs::write(&output_file, output)?;
        if feedback.exists() {
            fs::remove_dir_all(&feedback)?;
        }
        fs::create_dir(&feedback)?;
        let (stdout_file, stderr_file) = (dir.join("stdout"), dir.join("stderr"));

        let mut command = Command::new(&self.command[0]);
        command.args(&self.command[1..]);
        match self.call {
            ValidatorCall::Kattis => {
                command
                    .arg(&input_file)
                    .arg(&answer_file)
                    .arg(with_slash(&feedback))
                    .stdin(File::open(&output_file)?);
            }
            ValidatorCall::Testlib => {
                command
                    .arg(&input_file)
                    .arg(&output_file)
                    .arg(&answer_file)
                    .stdin(Stdio::null());
            }
        }
        command
            .args(&self.args)
            .current_dir(&feedback)
            .stdout(File::create(&stdout_file)?)
            .stderr(File::create(&stderr_file)?);
        let end = run_to_end(&mut command, self.timeout)?;
        Ok(ValidatorRun {
            end,
            judge_message: read_capped(&feedback.join("judgemessage.txt")),
            stdout: read_capped(&stdout_file),
            stderr: read_capped(&stderr_file),
        })
    }
}

/// Kattis validators join file names to the feedback directory as text.
pub(crate) fn with_slash(dir: &Path) -> OsString {
    let mut text = dir.as_os_str().to_owned();
    text.push("/");
    text
}

/// The start of a file as text (empty when it cannot be read).
pub(crate) fn read_capped(path: &Path) -> String {
    let mut bytes = Vec::new();
    if let Ok(file) = File::open(path) {
        let _ = file.take(READ_LIMIT).read_to_end(&mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs `command` in a process group of its own that dies with the judge,
/// registered for the judge's shutdown, and waits for it: at most
/// `timeout`, then the group is killed. Whatever the group left behind is
/// killed too.
pub(crate) fn run_to_end(command: &mut Command, timeout: Duration) -> io::Result<ValidatorEnd> {
    Ok(match GroupChild::start(command)?.finish(timeout)? {
        Some(status) => end_of(status),
        None => ValidatorEnd::TimedOut,
    })
}

/// A trusted process (a validator, a compiler, an interactor) in a process
/// group of its own that dies with the judge, registered for the judge's
/// shutdown. Its group is killed and it is reaped when it is finished (or
/// dropped).
#[derive(Debug)]
pub(crate) struct GroupChild {
    child: std::process::Child,
    pid: libc::pid_t,
    ended: mpsc::Receiver<()>,
    waiter: Option<std::thread::JoinHandle<()>>,
}

impl GroupChild {
    pub(crate) fn start(command: &mut Command) -> io::Result<GroupChild> {
        let starting = crate::reap::Starting::begin().ok_or_else(|| io::Error::other("the judge is stopping"))?;
        // SAFETY: plain getter.
        let judge = unsafe { libc::getpid() };
        command.process_group(0);
        // SAFETY: runs in the forked child before exec; prctl and getppid are
        // async-signal-safe.
        unsafe {
            command.pre_exec(move || crate::child::die_with_parent(judge));
        }
        let child = command.spawn()?;
        let pid = child.id() as libc::pid_t;
        starting.harness(pid, true);
        drop(starting);
        let (ended_tx, ended) = mpsc::channel();
        let waiter = std::thread::spawn(move || {
            crate::reap::wait_ended(pid);
            let _ = ended_tx.send(());
        });
        Ok(GroupChild {
            child,
            pid,
            ended,
            waiter: Some(waiter),
        })
    }

    /// Waits at most `timeout` for the process to end (`Duration::ZERO`:
    /// takes it as it is), then kills its group and reaps it: its exit
    /// status, or `None` if it had not ended by then.
    pub(crate) fn finish(mut self, timeout: Duration) -> io::Result<Option<ExitStatus>> {
        let ended = self.ended.recv_timeout(timeout).is_ok();
        self.kill_and_reap().map(|status| ended.then_some(status))
    }

    /// Kills the group now, without reaping: whether the process was still
    /// running (it had not ended by itself).
    pub(crate) fn kill_now(&self) -> bool {
        // SAFETY: waitid fills `info`, a plain struct we own; WNOWAIT leaves
        // the child to be reaped by `finish`.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let r = unsafe {
            libc::waitid(
                libc::P_PID,
                self.pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOHANG | libc::WNOWAIT,
            )
        };
        // SAFETY: reading the pid the kernel filled in (0: still running).
        let running = r == 0 && unsafe { info.si_pid() } == 0;
        // SAFETY: the group of our child, not yet reaped: its id is still ours.
        unsafe { libc::killpg(self.pid, libc::SIGKILL) };
        running
    }

    fn kill_and_reap(&mut self) -> io::Result<ExitStatus> {
        // SAFETY: the group of our child, not yet reaped: its id is still ours.
        unsafe { libc::killpg(self.pid, libc::SIGKILL) };
        if let Some(waiter) = self.waiter.take() {
            let _ = waiter.join();
        }
        let status = self.child.wait();
        crate::reap::forget(self.pid);
        status
    }
}

impl Drop for GroupChild {
    fn drop(&mut self) {
        if self.waiter.is_some() {
            let _ = self.kill_and_reap();
        }
    }
}

pub(crate) fn end_of(status: ExitStatus) -> ValidatorEnd {
    match (status.code(), status.signal()) {
        (Some(code), _) => ValidatorEnd::Code(code),
        (None, Some(signal)) => ValidatorEnd::Signal(signal),
        (None, None) => ValidatorEnd::Code(-1),
    }
}

/// Compiles a Python script without running it: a `SyntaxError` (or a
/// `ValueError`: null bytes) as three lines, line, column and message.
const PYTHON_SYNTAX_CHECK: &str = r#"
import sys
path = sys.argv[1]
try:
    with open(path, "rb") as f:
        compile(f.read(), path, "exec")
except (SyntaxError, ValueError) as e:
    print(getattr(e, "lineno", None) or "", getattr(e, "offset", None) or "", f"{type(e).__name__}: {getattr(e, 'msg', e)}", sep="\n")
    sys.exit(1)
"#;

/// Where a Python validator does not compile, if it does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PythonSyntaxError {
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

/// Compiles `script` with `python` (not running it): `None` when it
/// compiles. An error is the judge's: Python could not be run.
pub fn python_syntax_error(python: &Path, script: &Path) -> io::Result<Option<PythonSyntaxError>> {
    let mut said = tempfile::tempfile()?;
    let mut command = Command::new(python);
    command
        .arg("-c")
        .arg(PYTHON_SYNTAX_CHECK)
        .arg(script)
        .stdin(Stdio::null())
        .stdout(said.try_clone()?)
        .stderr(Stdio::null());
    match run_to_end(&mut command, VALIDATOR_TIMEOUT)? {
        ValidatorEnd::Code(0) => Ok(None),
        ValidatorEnd::Code(1) => {
            let mut text = String::new();
            io::Seek::rewind(&mut said)?;
            said.take(READ_LIMIT).read_to_string(&mut text)?;
            let mut lines = text.lines();
            let (line, column) = (lines.next(), lines.next());
            let message = lines.collect::<Vec<_>>().join("\n");
            if message.is_empty() {
                return Err(io::Error::other("the syntax check said nothing"));
            }
            Ok(Some(PythonSyntaxError {
                line: line.and_then(|l| l.parse().ok()),
                column: column.and_then(|c| c.parse().ok()),
                message,
            }))
        }
        end => Err(io::Error::other(format!("the syntax check ended with {end:?}"))),
    }
}

/// The language of a validator to compile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compiled {
    C,
    Cpp,
}

impl Compiled {
    /// The system compiler and its flags: part of the cache key.
    fn command(self) -> (&'static str, &'static [&'static str], &'static [&'static str]) {
        match self {
            Compiled::C => ("gcc", &["-O2", "-std=gnu17"], &["-lm"]),
            Compiled::Cpp => ("g++", &["-O2", "-std=gnu++17"], &[]),
        }
    }
}

/// Why a validator could not be compiled.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The compiler refused the sources: the problem's mistake.
    #[error("{message}")]
    Compile { message: String },
    /// The compiler could not be run, or the cache not written: the judge's.
    #[error("cannot compile the output validator with {compiler}: {source}")]
    Io {
        compiler: &'static str,
        #[source]
        source: io::Error,
    },
}

/// A compiled validator: in the cache, or in a directory that lives as long
/// as this value when there is no cache.
#[derive(Debug)]
pub struct BuiltValidator {
    pub program: PathBuf,
    /// Whether it was found in the cache rather than compiled now.
    pub reused: bool,
    _temp: Option<tempfile::TempDir>,
}

/// The compiled validator of `sources` (compiled together; `headers` are
/// what they may include): from the cache when the same sources, headers,
/// compiler and flags were compiled before, else compiled now with the
/// system compiler and put in the cache (`$XDG_CACHE_HOME/judge/validators/`,
/// by a hash of all of those; written to a temporary name, then renamed,
/// so a judge running at the same time sees the whole program or none).
pub fn build_validator(
    language: Compiled,
    sources: &[PathBuf],
    headers: &[PathBuf],
) -> Result<BuiltValidator, BuildError> {
    build_in(crate::harness::cache_dir(), language, sources, headers)
}

/// [`build_validator`] with `cache` as the judge's cache directory.
fn build_in(
    cache: Option<PathBuf>,
    language: Compiled,
    sources: &[PathBuf],
    headers: &[PathBuf],
) -> Result<BuiltValidator, BuildError> {
    let (compiler, flags, libraries) = language.command();
    let io = |source| BuildError::Io { compiler, source };
    let key = cache_key(language, sources, headers).map_err(io)?;
    let cached = cache.map(|base| base.join("validators").join(&key));
    if let Some(program) = cached.as_ref().map(|dir| dir.join("validator"))
        && program.is_file()
    {
        return Ok(BuiltValidator {
            program,
            reused: true,
            _temp: None,
        });
    }
    // A cache the judge cannot write to is no reason to blame the
    // validator's author (the compiler would fail to write its output):
    // compile into a directory of this run's instead.
    let writable = |dir: &PathBuf| {
        fs::create_dir_all(dir).is_ok() && tempfile::Builder::new().prefix(".probe").tempfile_in(dir).is_ok()
    };
    let (dir, temp) = match cached.filter(writable) {
        Some(dir) => (dir, None),
        None => {
            let temp = tempfile::Builder::new()
                .prefix("judge-validator-build-")
                .tempdir()
                .map_err(io)?;
            (temp.path().to_owned(), Some(temp))
        }
    };
    let program = dir.join("validator");
    static BUILDS: AtomicU64 = AtomicU64::new(0);
    let partial = dir.join(format!(
        "validator.{}-{}.partial",
        std::process::id(),
        BUILDS.fetch_add(1, Ordering::Relaxed)
    ));
    let diagnostics = tempfile::tempfile().map_err(io)?;
    let mut command = Command::new(compiler);
    command
        .args(flags)
        .arg("-o")
        .arg(&partial)
        .args(sources)
        .args(libraries)
        // plain ASCII messages, the same on every machine
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(diagnostics.try_clone().map_err(io)?)
        .stderr(diagnostics.try_clone().map_err(io)?);
    let end = run_to_end(&mut command, COMPILE_TIMEOUT).map_err(io)?;
    let mut said = String::new();
    let mut diagnostics = diagnostics;
    io::Seek::rewind(&mut diagnostics).map_err(io)?;
    let _ = (&mut diagnostics).take(READ_LIMIT).read_to_string(&mut said);
    match end {
        ValidatorEnd::Code(0) => {
            fs::rename(&partial, &program).map_err(io)?;
            Ok(BuiltValidator {
                program,
                reused: false,
                _temp: temp,
            })
        }
        end => {
            let _ = fs::remove_file(&partial);
            let how = match end {
                ValidatorEnd::TimedOut | ValidatorEnd::Stopped => {
                    format!("{compiler} did not finish within {} s", COMPILE_TIMEOUT.as_secs())
                }
                ValidatorEnd::Signal(s) => format!("{compiler} was killed by signal {s}"),
                ValidatorEnd::Code(c) => format!("{compiler} failed (exit {c})"),
            };
            Err(BuildError::Compile {
                message: format!("{how}:\n{}", said.trim_end()),
            })
        }
    }
}

/// A hex SHA-256 of the compiler, its flags and every file's name and bytes.
fn cache_key(language: Compiled, sources: &[PathBuf], headers: &[PathBuf]) -> io::Result<String> {
    let (compiler, flags, libraries) = language.command();
    let mut hash = Sha256::new();
    let mut field = |bytes: &[u8]| {
        hash.update((bytes.len() as u64).to_le_bytes());
        hash.update(bytes);
    };
    field(b"judge-validator-1");
    for part in std::iter::once(&compiler).chain(flags).chain(libraries) {
        field(part.as_bytes());
    }
    for (role, files) in [(b"source", sources), (b"header", headers)] {
        for file in files {
            field(role);
            field(file.file_name().unwrap_or_default().as_encoded_bytes());
            field(&fs::read(file)?);
        }
    }
    Ok(hash.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn python_validator(script: &str, call: ValidatorCall) -> (tempfile::TempDir, Validator) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.py");
        fs::write(&path, script).unwrap();
        let python = crate::Interpreter::discover().unwrap();
        let validator = Validator::new(
            vec![python.path.into_os_string(), path.into_os_string()],
            call,
            vec!["extra".into()],
        )
        .unwrap();
        (dir, validator)
    }

    #[test]
    fn kattis_files_feedback_and_exit_code() {
        let script = r#"
import sys
inp, ans, feedback = sys.argv[1:4]
out = sys.stdin.read()
with open(feedback + "judgemessage.txt", "w") as f:
    f.write(f"in={open(inp).read()!r} ans={open(ans).read()!r} out={out!r} args={sys.argv[4:]}")
print("to stdout"); print("to stderr", file=sys.stderr)
sys.exit(43)
"#;
        let (_dir, mut validator) = python_validator(script, ValidatorCall::Kattis);
        let run = validator.run("1 2\n", "3\n", "4\n").unwrap();
        assert_eq!(run.end, ValidatorEnd::Code(43));
        assert_eq!(run.judge_message, "in='1 2\\n' ans='3\\n' out='4\\n' args=['extra']");
        assert_eq!(
            (run.stdout.as_str(), run.stderr.as_str()),
            ("to stdout\n", "to stderr\n")
        );
        // the feedback of one answer is not left for the next
        let run = validator.run("", "", "").unwrap();
        assert!(run.judge_message.starts_with("in=''"), "{}", run.judge_message);
    }

    #[test]
    fn testlib_argument_order() {
        let script = "import sys\nprint(open(sys.argv[2]).read() + open(sys.argv[3]).read(), sys.argv[4:], file=sys.stderr)\nsys.exit(1)\n";
        let (_dir, mut validator) = python_validator(script, ValidatorCall::Testlib);
        let run = validator.run("in", "ans", "out").unwrap();
        assert_eq!(run.end, ValidatorEnd::Code(1));
        assert_eq!(run.stderr, "outans ['extra']\n");
    }

    #[test]
    fn a_validator_past_its_time_is_killed_with_what_it_started() {
        let script = "import subprocess, sys, time\n\
                      child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n\
                      print(child.pid, flush=True)\n\
                      time.sleep(60)\n";
        let (_dir, validator) = python_validator(script, ValidatorCall::Kattis);
        let mut validator = validator.with_timeout(Duration::from_millis(500));
        let started = std::time::Instant::now();
        let run = validator.run("", "", "").unwrap();
        assert_eq!(run.end, ValidatorEnd::TimedOut);
        assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
        // the process it started is gone too (or a zombie, left to init)
        let pid: i32 = run.stdout.trim().parse().expect("the child's pid");
        let running = || {
            fs::read_to_string(format!("/proc/{pid}/stat"))
                .is_ok_and(|stat| stat.rsplit(") ").next().is_some_and(|state| !state.starts_with('Z')))
        };
        let deadline = std::time::Instant::now() + Duration::from_secs(2);
        while running() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!running(), "the validator's child {pid} lives on");
    }

    #[test]
    fn a_signal_is_reported() {
        let (_dir, mut validator) = python_validator(
            "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n",
            ValidatorCall::Kattis,
        );
        assert_eq!(validator.run("", "", "").unwrap().end, ValidatorEnd::Signal(11));
    }

    #[test]
    fn a_python_syntax_error_is_found_without_running_the_script() {
        let dir = tempfile::tempdir().unwrap();
        let python = crate::Interpreter::discover().unwrap();
        let script = dir.path().join("v.py");
        fs::write(&script, "import sys\nsys.exit(42)\n").unwrap();
        assert_eq!(python_syntax_error(&python.path, &script).unwrap(), None);
        fs::write(&script, "open('ran', 'w')\ndef check(x)\n    return 1\n").unwrap();
        let found = python_syntax_error(&python.path, &script)
            .unwrap()
            .expect("a syntax error");
        assert_eq!((found.line, found.column), (Some(2), Some(13)));
        assert_eq!(found.message, "SyntaxError: expected ':'");
        assert!(
            !dir.path().join("ran").exists() && !Path::new("ran").exists(),
            "compiled, not run"
        );
    }

    #[test]
    fn a_cache_that_cannot_be_written_is_passed_by() {
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("v.c");
        fs::write(&source, "int main(void) { return 42; }\n").unwrap();
        // `validators` is a file: no directory can be made under it
        let cache = dir.path().join("cache");
        fs::create_dir_all(&cache).unwrap();
        fs::write(cache.join("validators"), "").unwrap();
        let built = build_in(Some(cache.clone()), Compiled::C, std::slice::from_ref(&source), &[]).unwrap();
        assert!(
            !built.program.starts_with(&cache) && built.program.is_file(),
            "{built:?}"
        );
        assert!(!built.reused);
        // a cache that works is used, then reused
        let cache = dir.path().join("good");
        let first = build_in(Some(cache.clone()), Compiled::C, std::slice::from_ref(&source), &[]).unwrap();
        assert!(first.program.starts_with(&cache) && !first.reused);
        let again = build_in(Some(cache.clone()), Compiled::C, std::slice::from_ref(&source), &[]).unwrap();
        assert_eq!((again.program, again.reused), (first.program, true));
    }

    #[test]
    fn the_cache_key_follows_every_file() {
        let dir = tempfile::tempdir().unwrap();
        let (source, header) = (dir.path().join("v.c"), dir.path().join("v.h"));
        fs::write(&source, "int main(void) { return 42; }\n").unwrap();
        fs::write(&header, "#define X 1\n").unwrap();
        let key = || {
            cache_key(
                Compiled::C,
                std::slice::from_ref(&source),
                std::slice::from_ref(&header),
            )
            .unwrap()
        };
        let first = key();
        assert_eq!(first, key());
        assert_eq!(first.len(), 32);
        fs::write(&header, "#define X 2\n").unwrap();
        assert_ne!(first, key());
        let cpp = cache_key(
            Compiled::Cpp,
            std::slice::from_ref(&source),
            std::slice::from_ref(&header),
        )
        .unwrap();
        assert_ne!(key(), cpp);
    }
}
