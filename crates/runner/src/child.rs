//! One harness child process: spawned in its own process group with the
//! request and result pipes on fds 3 and 4, its stdout and stderr captured
//! with a cap, and the whole group killed on every exit path.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::unix::pipe;
use tokio::process::{Child, Command};
use tokio::sync::{Notify, oneshot};
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::RunnerError;
use crate::pool::{ForkRequest, WarmPool};
use crate::protocol::{HarnessEvent, parse_event};
use crate::python::Interpreter;
use crate::sandbox::{ChildSandbox, FILE_SIZE_LIMIT, OPEN_FILES_LIMIT};

/// The fds the harness reads requests from and writes results to.
const REQUEST_FD: RawFd = 3;
const RESULT_FD: RawFd = 4;

/// Imports the harness from the directory given as the first argument, and
/// takes that directory off the path again.
pub(crate) const LAUNCHER: &str = "import sys; d = sys.argv[1]; sys.path.insert(0, d); import harness; sys.path.remove(d); harness.main(sys.argv[1:])";

/// The largest event frame a trusted process (the checker host) may send.
pub(crate) const TRUSTED_MAX_FRAME: usize = 1 << 30;

/// How much of the child's own stdout/stderr is kept for diagnostics.
const KEPT_OUTPUT: usize = 16 * 1024;

#[derive(Debug)]
pub(crate) struct SpawnSpec<'a> {
    pub python: &'a Interpreter,
    pub harness: &'a Path,
    /// `run` or `check`.
    pub mode: &'static str,
    pub site_packages: bool,
    pub memory_bytes: Option<u64>,
    /// Past this many bytes on the child's own stdout or stderr, the
    /// overflow signal fires.
    pub output_limit: u64,
    /// The largest event frame the judge reads (`JobLimits::frame_bytes`):
    /// a longer one is refused before it is read.
    pub max_frame: usize,
    pub workdir: &'a Path,
    /// Fork from here instead of starting an interpreter.
    pub pool: Option<&'a WarmPool>,
    /// Enter this sandbox before running Python (none: trusted code, such
    /// as a problem's checker).
    pub sandbox: Option<Arc<ChildSandbox>>,
    /// An interactive case: the pipes to the interactor, placed on the
    /// child's fds 5 (stdin) and 6 (stdout) before the sandbox is entered.
    /// Spawned only, never forked from the warm pool.
    pub interaction: Option<&'a crate::interactor::SolutionEnds>,
}

/// Where an interactive case's pipes are in the child (sandbox/judge_interactive.py).
const FROM_INTERACTOR_FD: RawFd = 5;
const TO_INTERACTOR_FD: RawFd = 6;

/// What came of waiting for the next event.
#[derive(Debug)]
pub(crate) enum Next {
    Event(HarnessEvent),
    /// The result channel closed: the process ended (or closed fd 4).
    Closed,
    TimedOut,
    /// The process wrote past the limit straight to its stdout or stderr.
    OutputOverflow,
    Garbled(String),
}

/// The start of the child's own stdout or stderr, and how much there was.
#[derive(Debug, Default, Clone)]
pub(crate) struct Captured {
    pub head: Vec<u8>,
    pub total: u64,
}

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.head).into_owned()
    }
}

#[derive(Debug)]
pub(crate) struct HarnessChild {
    process: Process,
    pgid: libc::pid_t,
    requests: Option<Requests>,
    /// The request pipe kept open after `feed_all` has written everything:
    /// the harness waits for more instead of ending at its last result, so
    /// that the kernel's figures of it (its peak memory) can still be read
    /// when that result arrives. Dropping the child closes it.
    requests_kept_open: Option<OwnedFd>,
    events: Frames,
    stdout: Option<JoinHandle<Captured>>,
    stderr: Option<JoinHandle<Captured>>,
    overflow: Arc<Notify>,
}

/// The judge's end of the request pipe: written all at once from a thread
/// (the process runner), or a line at a time (the checker host).
#[derive(Debug)]
enum Requests {
    Idle(OwnedFd),
    Open(pipe::Sender),
}

/// A pipe whose both ends are close-on-exec, the child's end moved to a
/// number of at least 10 so that placing it at fd 3 or 4 cannot clobber
/// the other.
fn pipe_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: fds is a valid array of two ints for pipe2 to fill.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(io::Error::last_os_error());
    }
    // A bigger buffer than the default 64 KiB lets a burst of results or
    // requests through without a context switch (best effort: the system
    // may cap it).
    // SAFETY: F_SETPIPE_SZ on a pipe fd we just made.
    unsafe { libc::fcntl(fds[1], libc::F_SETPIPE_SZ, PIPE_BUFFER) };
    // SAFETY: pipe2 succeeded, so both are fresh fds that we own.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

const PIPE_BUFFER: libc::c_int = 1 << 20;

fn dup_high(fd: &OwnedFd) -> io::Result<OwnedFd> {
    // SAFETY: F_DUPFD_CLOEXEC on a valid fd returns a new fd we own.
    let new = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 10) };
    if new < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `new` is a fresh fd.
    Ok(unsafe { OwnedFd::from_raw_fd(new) })
}

/// Marks every descriptor above 4 close-on-exec: whatever the judge itself
/// inherited (from a shell, a CI runner) must not reach a solution.
/// Async-signal-safe.
fn close_inherited_on_exec(first: libc::c_int) {
    const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;
    // SAFETY: system calls on descriptor numbers only.
    unsafe {
        if libc::syscall(libc::SYS_close_range, first as u32, u32::MAX, CLOSE_RANGE_CLOEXEC) < 0 {
            // before Linux 5.11: one by one, up to the descriptor limit
            let mut limit = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
            for fd in first..limit.rlim_cur.min(65536) as libc::c_int {
                libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
            }
        }
    }
}

/// In a freshly forked child: be killed when the judge ends, however it
/// ends (an abort or SIGKILL runs no `Drop`). `parent` is the judge's pid,
/// read before the fork: if the judge is already gone, the child is too.
/// The signal comes when the *thread* that forked ends: a harness is
/// started by the thread that runs its job and waits for it to end.
/// Async-signal-safe.
pub(crate) fn die_with_parent(parent: libc::pid_t) -> io::Result<()> {
    // SAFETY: prctl and getppid with plain arguments.
    unsafe {
        if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) < 0 {
            return Err(io::Error::last_os_error());
        }
        if libc::getppid() != parent {
            libc::_exit(1);
        }
    }
    Ok(())
}

fn set_rlimit(resource: libc::__rlimit_resource_t, value: u64) -> io::Result<()> {
    let limit = libc::rlimit {
        rlim_cur: value,
        rlim_max: value,
    };
    // SAFETY: setrlimit is async-signal-safe and `limit` is a valid struct.
    if unsafe { libc::setrlimit(resource, &limit) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// glibc gives each new thread a malloc arena that reserves 64 MiB of
/// address space; under RLIMIT_AS (the memory limit) a handful of
/// threads would exhaust a 256 MiB limit without using the memory. One
/// arena costs nothing under the GIL (the harness also keeps thread
/// stacks small: `THREAD_STACK_BYTES` in harness.py).
pub(crate) const MALLOC_ARENAS: (&str, &str) = ("MALLOC_ARENA_MAX", "1");

/// The environment a harness child runs with (nothing of the judge's).
fn environment(workdir: &Path) -> [(&'static str, String); 5] {
    [
        (MALLOC_ARENAS.0, MALLOC_ARENAS.1.to_owned()),
        ("PATH", "/usr/local/bin:/usr/bin:/bin".to_owned()),
        ("LANG", "C.UTF-8".to_owned()),
        ("HOME", workdir.to_string_lossy().into_owned()),
        ("TMPDIR", workdir.to_string_lossy().into_owned()),
    ]
}

/// The child's ends of its four pipes.
struct ChildEnds {
    requests: OwnedFd,
    results: OwnedFd,
    stdout: OwnedFd,
    stderr: OwnedFd,
}

/// Starts a fresh interpreter running the harness on `ends`.
fn spawn_process(spec: &SpawnSpec<'_>, ends: ChildEnds) -> Result<Process, RunnerError> {
    let child_req = dup_high(&ends.requests)?;
    let child_res = dup_high(&ends.results)?;
    let interaction = match spec.interaction {
        Some(pipes) => Some((dup_high(&pipes.stdin)?, dup_high(&pipes.stdout)?)),
        None => None,
    };
    let interaction_fds = interaction.as_ref().map(|(i, o)| (i.as_raw_fd(), o.as_raw_fd()));
    let mut cmd = Command::new(&spec.python.path);
    cmd.arg("-I");
    if !spec.site_packages {
        cmd.arg("-S");
    }
    // Imported, not run as a script: an imported module's bytecode is
    // cached beside it (compiling the harness costs more than starting
    // Python). The solutions themselves are compiled from source.
    let dir = spec.harness.parent().unwrap_or(Path::new("."));
    cmd.arg("-c").arg(LAUNCHER).arg(dir).arg(spec.mode);
    cmd.current_dir(spec.workdir)
        .env_clear()
        .envs(environment(spec.workdir))
        .stdin(Stdio::null())
        .stdout(Stdio::from(ends.stdout))
        .stderr(Stdio::from(ends.stderr))
        .process_group(0)
        .kill_on_drop(true);
    let (req_fd, res_fd) = (child_req.as_raw_fd(), child_res.as_raw_fd());
    // SAFETY: plain getter.
    let judge = unsafe { libc::getpid() };
    let memory = spec.memory_bytes;
    let sandbox = spec.sandbox.clone();
    let ruleset = sandbox
        .as_ref()
        .and_then(|s| s.ruleset.as_ref())
        .map(|fd| fd.as_raw_fd());
    // SAFETY: the closure runs in the forked child before exec and only
    // makes async-signal-safe calls (dup2, setrlimit, the sandbox's system
    // calls); everything it reads was built before the fork.
    unsafe {
        cmd.pre_exec(move || {
            die_with_parent(judge)?;
            if libc::dup2(req_fd, REQUEST_FD) < 0 || libc::dup2(res_fd, RESULT_FD) < 0 {
                return Err(io::Error::last_os_error());
            }
            let mut ruleset = ruleset;
            let mut first_closed = FROM_INTERACTOR_FD;
            if let Some((from_interactor, to_interactor)) = interaction_fds {
                // the ruleset may sit where the pipes go: move it first
                if let Some(fd) = ruleset.filter(|fd| (FROM_INTERACTOR_FD..=TO_INTERACTOR_FD).contains(fd)) {
                    let moved = libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, TO_INTERACTOR_FD + 1);
                    if moved < 0 {
                        return Err(io::Error::last_os_error());
                    }
                    ruleset = Some(moved);
                }
                if libc::dup2(from_interactor, FROM_INTERACTOR_FD) < 0
                    || libc::dup2(to_interactor, TO_INTERACTOR_FD) < 0
                {
                    return Err(io::Error::last_os_error());
                }
                first_closed = TO_INTERACTOR_FD + 1;
            }
            close_inherited_on_exec(first_closed);
            set_rlimit(libc::RLIMIT_CORE, 0)?;
            if let Some(bytes) = memory {
                set_rlimit(libc::RLIMIT_AS, bytes)?;
            }
            if let Some(sandbox) = &sandbox {
                set_rlimit(libc::RLIMIT_FSIZE, FILE_SIZE_LIMIT)?;
                set_rlimit(libc::RLIMIT_NOFILE, OPEN_FILES_LIMIT)?;
                sandbox.enter(ruleset)?;
                // a change of uid clears the death signal: set it again
                die_with_parent(judge)?;
            }
            Ok(())
        });
    }
    let child = cmd.spawn().map_err(|source| RunnerError::Spawn {
        path: spec.python.path.clone(),
        source,
    })?;
    Ok(Process::Spawned(child))
}

/// How the harness process came to be, which decides how to learn its end.
#[derive(Debug)]
enum Process {
    /// Our own child.
    Spawned(Child),
    /// A child of the warm pool's zygote, which reaps it and tells us how
    /// it ended, and the CPU time it used in all.
    Forked {
        pid: libc::pid_t,
        exit: Option<oneshot::Receiver<crate::pool::Exit>>,
        status: Option<ExitStatus>,
        cpu_ms: Option<f64>,
    },
}

impl Process {
    fn pid(&self) -> libc::pid_t {
        match self {
            Process::Spawned(child) => child.id().map_or(0, |id| id as libc::pid_t),
            Process::Forked { pid, .. } => *pid,
        }
    }

    async fn wait(&mut self) -> Option<ExitStatus> {
        match self {
            Process::Spawned(child) => child.wait().await.ok(),
            Process::Forked {
                exit, status, cpu_ms, ..
            } => {
                if let Some(rx) = exit.take() {
                    if let Ok((raw, cpu)) = rx.await {
                        *status = Some(ExitStatus::from_raw(raw));
                        *cpu_ms = cpu;
                    }
                }
                *status
            }
        }
    }
}

impl Process {
    /// Reaps our child once it has ended (it has been sent SIGKILL, so it
    /// ends at once). Blocking, without the runtime: a drop cannot await.
    fn reap_killed(&mut self) {
        if let Process::Spawned(child) = self {
            // `id` is gone once the runtime has reaped it
            if let Some(pid) = child.id() {
                if crate::reap::wait_ended(pid as libc::pid_t) {
                    // reaped through the handle, so that it knows (and does
                    // not signal the pid again when dropped)
                    let _ = child.try_wait();
                }
            }
        }
    }
}

impl HarnessChild {
    /// Starts a harness process: forked by `spec.pool` when there is one
    /// (and it is willing), else a fresh interpreter.
    pub fn spawn(spec: &SpawnSpec<'_>) -> Result<HarnessChild, RunnerError> {
        let starting = crate::reap::Starting::begin().ok_or(RunnerError::Stopping)?;
        let (req_read, req_write) = pipe_pair()?;
        let (res_read, res_write) = pipe_pair()?;
        let (out_read, out_write) = pipe_pair()?;
        let (err_read, err_write) = pipe_pair()?;
        let ends = ChildEnds {
            requests: req_read,
            results: res_write,
            stdout: out_write,
            stderr: err_write,
        };
        let forked = spec
            .pool
            .filter(|_| !spec.site_packages && spec.mode == "run")
            .and_then(|pool| {
                let env = environment(spec.workdir);
                let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let request = ForkRequest {
                    workdir: spec.workdir,
                    memory_bytes: spec.memory_bytes,
                    env: &env,
                    sandbox: spec.sandbox.as_deref(),
                };
                let fds = [&ends.requests, &ends.results, &ends.stdout, &ends.stderr];
                // a pool that cannot fork leaves the job to a fresh interpreter
                pool.fork(&request, fds).ok()
            });
        let process = match forked {
            Some((pid, exit)) => Process::Forked {
                pid,
                exit: Some(exit),
                status: None,
                cpu_ms: None,
            },
            None => spawn_process(spec, ends)?,
        };
        let pgid = process.pid();
        starting.harness(pgid, matches!(process, Process::Spawned(_)));

        let overflow = Arc::new(Notify::new());
        let stdout = Some(tokio::spawn(capture(
            pipe::Receiver::from_owned_fd(out_read)?,
            spec.output_limit,
            overflow.clone(),
        )));
        let stderr = Some(tokio::spawn(capture(
            pipe::Receiver::from_owned_fd(err_read)?,
            spec.output_limit,
            overflow.clone(),
        )));
        let events = Frames::new(pipe::Receiver::from_owned_fd(res_read)?, spec.max_frame);
        Ok(HarnessChild {
            process,
            pgid,
            requests: Some(Requests::Idle(req_write)),
            requests_kept_open: None,
            events,
            stdout,
            stderr,
            overflow,
        })
    }

    /// Writes all of `bytes` from a thread of its own, then closes the
    /// request channel (end of input ends the harness). A thread, not a
    /// task: the reader never waits for it, however busy it is.
    pub fn feed_all(&mut self, bytes: Vec<u8>) {
        if let Some(Requests::Idle(fd)) = self.requests.take() {
            self.requests_kept_open = fd.try_clone().ok();
            std::thread::spawn(move || {
                // A child that dies early closes the pipe: nothing to do then.
                let _ = std::io::Write::write_all(&mut std::fs::File::from(fd), &bytes);
            });
        }
    }

    /// Whether a whole event is already buffered: it came with the last
    /// read, in the same arrival as the event before it.
    pub fn frame_ready(&self) -> bool {
        self.events.ready()
    }

    /// The harness process's id.
    pub fn pid(&self) -> libc::pid_t {
        self.pgid
    }

    /// Whether the warm pool's zygote forked it (and reaps it: its /proc
    /// entry goes as soon as it exits).
    pub fn is_forked(&self) -> bool {
        matches!(self.process, Process::Forked { .. })
    }

    /// A forked child that has been waited for: the CPU time it used in
    /// all, as the zygote read it when it reaped it.
    pub fn cpu_at_exit_ms(&self) -> Option<f64> {
        match self.process {
            Process::Forked { cpu_ms, .. } => cpu_ms,
            Process::Spawned(_) => None,
        }
    }

    /// Writes request bytes, keeping the channel open.
    pub async fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        if matches!(self.requests, Some(Requests::Idle(_))) {
            if let Some(Requests::Idle(fd)) = self.requests.take() {
                self.requests = Some(Requests::Open(pipe::Sender::from_owned_fd(fd)?));
            }
        }
        match &mut self.requests {
            Some(Requests::Open(sender)) => sender.write_all(bytes).await,
            _ => Err(io::Error::new(io::ErrorKind::BrokenPipe, "requests already closed")),
        }
    }

    /// The next event, unless the deadline passes or the process floods
    /// its own output first. A deadline may pass mid-frame: what was read
    /// stays buffered, and waiting again goes on where it stopped.
    pub async fn next_event(&mut self, deadline: Instant) -> Next {
        let overflow = self.overflow.clone();
        tokio::select! {
            read = tokio::time::timeout_at(deadline, self.events.next()) => match read {
                Err(_) => Next::TimedOut,
                Ok(Ok(Some(payload))) => match parse_event(&payload) {
                    Ok(event) => Next::Event(event),
                    Err(message) => Next::Garbled(message),
                },
                Ok(Ok(None)) => Next::Closed,
                Ok(Err(e)) => Next::Garbled(e.to_string()),
            },
            () = overflow.notified() => Next::OutputOverflow,
        }
    }

    fn kill_group(&mut self) {
        if self.pgid > 0 {
            // SAFETY: killpg on our own child's process group.
            unsafe { libc::killpg(self.pgid, libc::SIGKILL) };
        }
    }

    /// Kills the whole process group and reaps the child.
    pub async fn kill(&mut self) {
        self.kill_group();
        let _ = self.process.wait().await;
    }

    /// Waits up to `grace` for the child to exit by itself, then kills it.
    /// Returns its exit status and whether the judge had to kill it.
    pub async fn exit_status(&mut self, grace: Duration) -> (Option<ExitStatus>, bool) {
        match tokio::time::timeout(grace, self.process.wait()).await {
            Ok(status) => {
                // leftovers of the group (a forked grandchild) go too
                self.kill_group();
                (status, false)
            }
            Err(_) => {
                self.kill().await;
                (None, true)
            }
        }
    }

    /// What the child wrote to its own stderr (collected once it has ended).
    pub async fn stderr(&mut self) -> Captured {
        match self.stderr.take() {
            Some(task) => match tokio::time::timeout(Duration::from_millis(500), task).await {
                Ok(Ok(c)) => c,
                _ => Captured::default(),
            },
            None => Captured::default(),
        }
    }
}

impl Drop for HarnessChild {
    fn drop(&mut self) {
        // Every exit path, panics included: nothing of the group survives,
        // and our child is reaped before the judge can exit (a child of the
        // warm pool is the zygote's to reap).
        self.kill_group();
        self.process.reap_killed();
        crate::reap::forget(self.pgid);
        if let Some(t) = self.stdout.take() {
            t.abort();
        }
        if let Some(t) = self.stderr.take() {
            t.abort();
        }
    }
}

/// Frames read from the result pipe into a buffer of our own, so that a
/// wait cut short by a timeout loses nothing (`read_buf` is cancel-safe).
#[derive(Debug)]
struct Frames {
    pipe: pipe::Receiver,
    buffer: Vec<u8>,
    /// Where the next unread byte of `buffer` is.
    start: usize,
    max_frame: usize,
}

impl Frames {
    fn new(pipe: pipe::Receiver, max_frame: usize) -> Frames {
        Frames {
            pipe,
            buffer: Vec::with_capacity(1 << 16),
            start: 0,
            max_frame,
        }
    }

    /// Whether a whole frame is already buffered (it came with the last read).
    fn ready(&self) -> bool {
        let available = &self.buffer[self.start..];
        available.get(..4).is_some_and(|head| {
            let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
            len <= self.max_frame && available.len() >= 4 + len
        })
    }

    /// A complete frame's payload, if the buffer holds one.
    fn take(&mut self) -> io::Result<Option<Vec<u8>>> {
        let available = &self.buffer[self.start..];
        let Some(head) = available.get(..4) else {
            return Ok(None);
        };
        let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
        if len > self.max_frame {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("a frame of {len} bytes, over the limit of {}", self.max_frame),
            ));
        }
        let Some(payload) = available.get(4..4 + len) else {
            return Ok(None);
        };
        let payload = payload.to_vec();
        self.start += 4 + len;
        Ok(Some(payload))
    }

    /// The next frame's payload; `None` at a clean end of the stream.
    async fn next(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            if let Some(payload) = self.take()? {
                return Ok(Some(payload));
            }
            // keep the unread tail only
            if self.start > 0 {
                self.buffer.drain(..self.start);
                self.start = 0;
            }
            if self.buffer.capacity() - self.buffer.len() < 1 << 14 {
                self.buffer.reserve(1 << 16);
            }
            if self.pipe.read_buf(&mut self.buffer).await? == 0 {
                return if self.buffer.is_empty() {
                    Ok(None)
                } else {
                    Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the result channel ended mid-frame",
                    ))
                };
            }
        }
    }
}

async fn capture<R: tokio::io::AsyncRead + Unpin>(mut stream: R, limit: u64, overflow: Arc<Notify>) -> Captured {
    let mut captured = Captured::default();
    let mut buf = vec![0u8; 8192];
    let mut signalled = false;
    loop {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return captured,
            Ok(n) => {
                captured.total += n as u64;
                let room = KEPT_OUTPUT.saturating_sub(captured.head.len());
                captured.head.extend_from_slice(&buf[..n.min(room)]);
                if captured.total > limit && !signalled {
                    signalled = true;
                    overflow.notify_one();
                }
            }
        }
    }
}

/// A signal's conventional name.
pub(crate) fn signal_name(signal: i32) -> String {
    match signal {
        libc::SIGSEGV => "SIGSEGV".into(),
        libc::SIGABRT => "SIGABRT".into(),
        libc::SIGKILL => "SIGKILL".into(),
        libc::SIGBUS => "SIGBUS".into(),
        libc::SIGFPE => "SIGFPE".into(),
        libc::SIGILL => "SIGILL".into(),
        libc::SIGPROF => "SIGPROF".into(),
        libc::SIGXCPU => "SIGXCPU".into(),
        libc::SIGTERM => "SIGTERM".into(),
        libc::SIGINT => "SIGINT".into(),
        libc::SIGPIPE => "SIGPIPE".into(),
        libc::SIGXFSZ => "SIGXFSZ".into(),
        other => format!("signal {other}"),
    }
}

/// The signal that ended a process, if one did.
pub(crate) fn terminating_signal(status: &ExitStatus) -> Option<i32> {
    status.signal()
}
