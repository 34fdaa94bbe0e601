//! An interactive problem's interactor (`[checker] type = "interactive"`):
//! trusted problem code, started by the judge beside each case of the
//! solution, with its stdin and stdout pipes to the solution's stdout and
//! stdin (the Kattis protocol: `interactor input answer feedback_dir/
//! [args] < solution_stdout > solution_stdin`). Its input and answer files
//! are in a directory of its own, never in the solution's sandbox.
//!
//! This module only starts it and reports how it ended; what that means
//! is `judge_checkers::interactive`'s to say.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use crate::validator::{GroupChild, VALIDATOR_TIMEOUT, ValidatorEnd, ValidatorRun, end_of, read_capped, with_slash};

/// How long an interactor may run on once the solution has ended (its
/// end of the pipes closed): generous, it is trusted, but one that hangs
/// must not hang the judge.
pub const INTERACTOR_TIMEOUT: Duration = VALIDATOR_TIMEOUT;

/// The interactor of a job's cases.
#[derive(Clone)]
pub struct Interaction {
    /// The program and its leading arguments (`python3 interact.py`, or
    /// the compiled program), absolute: it runs in a directory of its own.
    pub command: Vec<OsString>,
    /// Passed after the feedback directory.
    pub args: Vec<String>,
    /// The answer file's text for case `index` of the job. A function of
    /// the engine's, so that the job itself holds no expected values (and
    /// nothing of them can reach the solution's process).
    pub answer: Arc<dyn Fn(usize) -> String + Send + Sync>,
}

impl std::fmt::Debug for Interaction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interaction")
            .field("command", &self.command)
            .field("args", &self.args)
            .finish_non_exhaustive()
    }
}

/// The solution's ends of the two pipes, for its child's fds 5 and 6.
#[derive(Debug)]
pub(crate) struct SolutionEnds {
    /// What the interactor writes: the solution's stdin.
    pub stdin: OwnedFd,
    /// What the solution writes: the interactor's stdin.
    pub stdout: OwnedFd,
}

/// An interactor running beside one case.
#[derive(Debug)]
pub(crate) struct RunningInteractor {
    process: GroupChild,
    dir: tempfile::TempDir,
    /// Killed by the judge while still running, when the solution was
    /// stopped: it then has no say.
    stopped: std::sync::atomic::AtomicBool,
}

impl Interaction {
    /// Starts the interactor of case `index` (whose input is `input`), and
    /// returns it with the solution's ends of its pipes. An error is the
    /// judge's: the files could not be written, or the program not started.
    pub(crate) fn start(&self, index: usize, input: &str) -> io::Result<(RunningInteractor, SolutionEnds)> {
        let dir = tempfile::Builder::new().prefix("judge-interactor-").tempdir()?;
        let (input_file, answer_file, feedback) = (
            dir.path().join("input"),
            dir.path().join("answer"),
            dir.path().join("feedback"),
        );
        fs::write(&input_file, input)?;
        fs::write(&answer_file, (self.answer)(index))?;
        fs::create_dir(&feedback)?;
        let (to_solution_read, to_solution_write) = pipe()?;
        let (from_solution_read, from_solution_write) = pipe()?;
        let mut command = Command::new(&self.command[0]);
        command
            .args(&self.command[1..])
            .arg(&input_file)
            .arg(&answer_file)
            .arg(with_slash(&feedback))
            .args(&self.args)
            .current_dir(&feedback)
            .stdin(Stdio::from(from_solution_read))
            .stdout(Stdio::from(to_solution_write))
            .stderr(File::create(dir.path().join("stderr"))?);
        // A solution may hang up before the interactor's last word: the
        // interactor must see EPIPE (and go on to reject), not die of
        // SIGPIPE, which would be an IE. Kattis' tools start it so too.
        // SAFETY: runs in the forked child before exec; signal() is
        // async-signal-safe.
        unsafe {
            command.pre_exec(|| {
                libc::signal(libc::SIGPIPE, libc::SIG_IGN);
                Ok(())
            });
        }
        let process = GroupChild::start(&mut command)?;
        // the command holds the interactor's ends: dropping it closes the
        // judge's copies, so that each side sees the other's end of file
        drop(command);
        Ok((
            RunningInteractor {
                process,
                dir,
                stopped: Default::default(),
            },
            SolutionEnds {
                stdin: to_solution_read,
                stdout: from_solution_write,
            },
        ))
    }
}

impl RunningInteractor {
    /// The solution is being stopped at its time limit: an interactor still
    /// waiting for it is killed first, before the solution's end of the
    /// pipes closes (it would then see the end of the solution's output
    /// and reject it, turning a TLE into WA). One that had already ended
    /// keeps its word.
    pub(crate) fn stop(&self) {
        if self.process.kill_now() {
            self.stopped.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// How the interactor ended, once the solution's side has (its process
    /// killed, so its ends of the pipes are closed). A solution the judge
    /// stopped (at its time limit) leaves an interactor that is still
    /// running waiting for it: it is killed at once (`Stopped`); otherwise
    /// it gets [`INTERACTOR_TIMEOUT`] to finish.
    pub(crate) fn finish(self, solution_stopped: bool) -> io::Result<ValidatorRun> {
        let timeout = if solution_stopped {
            Duration::ZERO
        } else {
            INTERACTOR_TIMEOUT
        };
        let stopped = self.stopped.load(std::sync::atomic::Ordering::Relaxed);
        let end = match self.process.finish(timeout)? {
            _ if stopped => ValidatorEnd::Stopped,
            Some(status) => end_of(status),
            None if solution_stopped => ValidatorEnd::Stopped,
            None => ValidatorEnd::TimedOut,
        };
        let path = self.dir.path();
        Ok(ValidatorRun {
            end,
            judge_message: read_capped(&path.join("feedback").join("judgemessage.txt")),
            // its stdout was the conversation
            stdout: String::new(),
            stderr: read_capped(&path.join("stderr")),
        })
    }
}

/// A pipe whose both ends are close-on-exec: no other child the judge
/// starts meanwhile (a bank check runs many) may hold an end open.
fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: fds is a valid array of two ints for pipe2 to fill.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: pipe2 succeeded, so both are fresh fds that we own.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}
