//! The warm pool: a started, imported harness (`sandbox/zygote.py`) that
//! forks a harness process per submission. A fork costs about a
//! millisecond; starting an interpreter and importing the harness costs
//! tens. The children it forks are set up exactly as spawned ones are (see
//! `child.rs`), behind the same `Runner` interface.

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use judge_model::Value;
use judge_model::marshal;
use tokio::sync::oneshot;

use crate::HarnessFile;
use crate::python::Interpreter;
use crate::sandbox::ChildSandbox;

/// How long the zygote may take to start, or to answer a fork request.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// What the zygote answered to a fork request.
#[derive(Debug)]
enum Reply {
    Forked(libc::pid_t, oneshot::Receiver<Exit>),
    Refused(String),
}

/// How a forked child ended: its wait status, and the CPU time (ms) it used
/// in all, by the kernel's count the zygote read when it reaped it.
pub(crate) type Exit = (i32, Option<f64>);

type Exits = Arc<Mutex<HashMap<libc::pid_t, oneshot::Sender<Exit>>>>;

#[derive(Debug)]
struct Zygote {
    process: Child,
    socket: UnixStream,
    replies: mpsc::Receiver<Reply>,
}

/// A pool of one warm harness that forks children on request.
#[derive(Debug)]
pub struct WarmPool {
    zygote: Mutex<Option<Zygote>>,
    pid: u32,
}

/// What a forked child needs besides its file descriptors.
pub(crate) struct ForkRequest<'a> {
    pub workdir: &'a Path,
    pub memory_bytes: Option<u64>,
    pub env: &'a [(&'a str, &'a str)],
    /// The sandbox the child enters (`sandbox/zygote.py` applies it).
    pub sandbox: Option<&'a ChildSandbox>,
}

/// The sandbox as the zygote's child applies it: the same steps as
/// `ChildSandbox::enter`, with the numbers it needs.
fn sandbox_plan(sandbox: Option<&ChildSandbox>) -> Value {
    let Some(s) = sandbox else { return Value::None };
    let entry = |k: &str, v: Value| (Value::str(k), v);
    Value::Dict(vec![
        entry("network_namespace", Value::Bool(s.network_namespace)),
        entry("ipc_namespace", Value::Bool(s.ipc_namespace)),
        entry(
            "tmpfs_options",
            match &s.tmpfs_workdir {
                Some(_) => Value::str(crate::sandbox::WORKDIR_TMPFS),
                None => Value::None,
            },
        ),
        entry("drop_root", Value::Bool(s.drop_root)),
        entry("uid_base", Value::int(crate::sandbox::SANDBOX_UID_BASE as i64)),
        entry(
            "cap_dac_read_search",
            Value::int(crate::sandbox::CAP_DAC_READ_SEARCH as i64),
        ),
        entry("landlock", Value::Bool(s.ruleset.is_some())),
        entry(
            "filters",
            Value::List(s.filter_bytes().into_iter().map(Value::Bytes).collect()),
        ),
        entry("file_size_limit", Value::int(crate::sandbox::FILE_SIZE_LIMIT as i64)),
        entry("open_files_limit", Value::int(crate::sandbox::OPEN_FILES_LIMIT as i64)),
        entry("workdir_rights", Value::int(s.workdir_rights as i64)),
        entry("sys_landlock_add_rule", Value::int(445)),
        entry("sys_landlock_restrict_self", Value::int(446)),
        entry("sys_capset", Value::int(libc::SYS_capset)),
    ])
}

impl WarmPool {
    /// Starts the zygote (a harness without site-packages).
    pub fn start(python: &Interpreter, harness: &HarnessFile) -> io::Result<WarmPool> {
        let starting = crate::reap::Starting::begin().ok_or_else(|| io::Error::other("the judge is stopping"))?;
        let (ours, theirs) = UnixStream::pair()?;
        let theirs: OwnedFd = theirs.into();
        let control = dup_high(&theirs)?;
        drop(theirs);
        let dir = harness.path().parent().unwrap_or(Path::new("."));
        let mut command = Command::new(&python.path);
        command
            .args(["-I", "-S", "-c", crate::child::LAUNCHER])
            .arg(dir)
            .arg("zygote")
            .env_clear()
            // read once, when malloc starts: the forked children inherit it
            .env(crate::child::MALLOC_ARENAS.0, crate::child::MALLOC_ARENAS.1)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let fd = control.as_raw_fd();
        // The zygote needs no PR_SET_PDEATHSIG (which would tie it to the
        // thread that started it, not the judge): when the judge ends, its
        // socket closes, and the zygote kills its children and exits.
        // SAFETY: in the forked child before exec; dup2 is async-signal-safe.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut command, move || {
                if libc::dup2(fd, 3) < 0 {
                    return Err(io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut process = command.spawn()?;
        drop(control);
        let ready = (|| {
            let mut reader = ours.try_clone()?;
            reader.set_read_timeout(Some(ANSWER_TIMEOUT))?;
            match read_frame(&mut reader)? {
                Value::Tuple(items) if items.first() == Some(&Value::str("ready")) => {}
                other => {
                    return Err(io::Error::other(format!(
                        "the warm pool did not start: {}",
                        other.repr()
                    )));
                }
            }
            reader.set_read_timeout(None)?;
            Ok(reader)
        })();
        let reader = match ready {
            Ok(reader) => reader,
            Err(e) => {
                // a zygote that did not start is not left behind
                let _ = process.kill();
                let _ = process.wait();
                return Err(e);
            }
        };
        let (replies_tx, replies) = mpsc::channel();
        let exits: Exits = Arc::default();
        std::thread::Builder::new()
            .name("judge-warm-pool".into())
            .spawn(move || listen(reader, &replies_tx, &exits))?;
        starting.zygote(process.id() as libc::pid_t, ours.as_raw_fd());
        Ok(WarmPool {
            pid: process.id(),
            zygote: Mutex::new(Some(Zygote {
                process,
                socket: ours,
                replies,
            })),
        })
    }

    /// The zygote's process id (its children may not signal it).
    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// Forks a harness child with the given fds (its request pipe, result
    /// pipe, stdout and stderr). Returns its pid and where its wait status
    /// will arrive.
    pub(crate) fn fork(
        &self,
        request: &ForkRequest<'_>,
        fds: [&OwnedFd; 4],
    ) -> io::Result<(libc::pid_t, oneshot::Receiver<Exit>)> {
        let mut guard = self.zygote.lock().unwrap_or_else(|e| e.into_inner());
        let zygote = guard
            .as_mut()
            .ok_or_else(|| io::Error::other("the warm pool has stopped"))?;
        let env = Value::Dict(
            request
                .env
                .iter()
                .map(|(k, v)| (Value::str(*k), Value::str(*v)))
                .collect(),
        );
        let payload = marshal::to_bytes(&Value::Dict(vec![
            (Value::str("workdir"), Value::str(request.workdir.to_string_lossy())),
            (
                Value::str("memory_bytes"),
                request.memory_bytes.map_or(Value::None, |m| Value::int(m as i64)),
            ),
            (Value::str("env"), env),
            (Value::str("sandbox"), sandbox_plan(request.sandbox)),
        ]));
        let mut frame = (payload.len() as u32).to_le_bytes().to_vec();
        frame.extend_from_slice(&payload);
        let mut raw: Vec<RawFd> = fds.iter().map(|fd| fd.as_raw_fd()).collect();
        // the Landlock ruleset travels as a fifth descriptor
        if let Some(ruleset) = request.sandbox.and_then(|s| s.ruleset.as_ref()) {
            raw.push(ruleset.as_raw_fd());
        }
        let sent = send_with_fds(&zygote.socket, &frame, &raw);
        let answer = sent.and_then(|()| {
            zygote
                .replies
                .recv_timeout(ANSWER_TIMEOUT)
                .map_err(|_| io::Error::other("the warm pool did not answer"))
        });
        match answer {
            Ok(Reply::Forked(pid, exit)) => Ok((pid, exit)),
            Ok(Reply::Refused(why)) => Err(io::Error::other(format!("the warm pool refused: {why}"))),
            Err(e) => {
                // a pool that fails once is not trusted again
                if let Some(dead) = guard.take() {
                    dead.stop();
                }
                Err(e)
            }
        }
    }
}

impl Drop for WarmPool {
    fn drop(&mut self) {
        if let Some(zygote) = self.zygote.lock().unwrap_or_else(|e| e.into_inner()).take() {
            zygote.stop();
        }
    }
}

impl Zygote {
    /// Closes the control socket, on which the zygote ends its children,
    /// reaps them and exits; then reaps the zygote (killed if it takes
    /// longer than `STOP_GRACE`). Killing it first would leave its
    /// children's ends to whoever inherits them.
    fn stop(self) {
        let pid = self.process.id() as libc::pid_t;
        crate::reap::forget(pid);
        let _ = self.socket.shutdown(std::net::Shutdown::Both);
        crate::reap::reap_within(pid, STOP_GRACE);
    }
}

/// How long the zygote may take to end its children and exit.
const STOP_GRACE: Duration = Duration::from_secs(2);

/// Reads the zygote's messages until it ends: replies go to the requester,
/// exit statuses to whoever waits for that child.
fn listen(mut socket: UnixStream, replies: &mpsc::Sender<Reply>, exits: &Exits) {
    while let Ok(Value::Tuple(items)) = read_frame(&mut socket) {
        let int = |i: usize| match items.get(i) {
            Some(Value::Int(n)) => n.to_i32(),
            _ => None,
        };
        match items.first() {
            Some(Value::Str(tag)) if tag == "forked" => {
                let Some(pid) = int(1) else { break };
                let (tx, rx) = oneshot::channel();
                exits.lock().unwrap_or_else(|e| e.into_inner()).insert(pid, tx);
                let _ = replies.send(Reply::Forked(pid, rx));
            }
            Some(Value::Str(tag)) if tag == "exited" => {
                let (Some(pid), Some(status)) = (int(1), int(2)) else {
                    break;
                };
                let cpu_ms = match items.get(3) {
                    Some(Value::Float(ms)) if ms.is_finite() && *ms >= 0.0 => Some(*ms),
                    _ => None,
                };
                if let Some(tx) = exits.lock().unwrap_or_else(|e| e.into_inner()).remove(&pid) {
                    let _ = tx.send((status, cpu_ms));
                }
            }
            Some(Value::Str(tag)) if tag == "refused" => {
                let why = match items.get(1) {
                    Some(Value::Str(s)) => s.clone(),
                    _ => String::new(),
                };
                let _ = replies.send(Reply::Refused(why));
            }
            _ => break,
        }
    }
}

fn read_frame(socket: &mut UnixStream) -> io::Result<Value> {
    let mut head = [0u8; 4];
    socket.read_exact(&mut head)?;
    let mut payload = vec![0u8; u32::from_le_bytes(head) as usize];
    socket.read_exact(&mut payload)?;
    marshal::from_bytes(&payload).map_err(io::Error::other)
}

/// Sends `data` with `fds` attached (SCM_RIGHTS).
fn send_with_fds(socket: &UnixStream, data: &[u8], fds: &[RawFd]) -> io::Result<()> {
    let fd_bytes = std::mem::size_of_val(fds);
    // SAFETY: CMSG_SPACE is a pure computation.
    let space = unsafe { libc::CMSG_SPACE(fd_bytes as u32) } as usize;
    // u64s, for the alignment a cmsghdr needs
    let mut control = vec![0u64; space.div_ceil(8)];
    let mut iov = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    // SAFETY: msghdr is plain data; every pointer set below outlives the call.
    let sent = unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = space;
        let cmsg = libc::CMSG_FIRSTHDR(&msg);
        (*cmsg).cmsg_level = libc::SOL_SOCKET;
        (*cmsg).cmsg_type = libc::SCM_RIGHTS;
        (*cmsg).cmsg_len = libc::CMSG_LEN(fd_bytes as u32) as usize;
        std::ptr::copy_nonoverlapping(fds.as_ptr().cast::<u8>(), libc::CMSG_DATA(cmsg), fd_bytes);
        libc::sendmsg(socket.as_raw_fd(), &msg, libc::MSG_NOSIGNAL)
    };
    if sent < 0 {
        return Err(io::Error::last_os_error());
    }
    let rest = &data[sent as usize..];
    if !rest.is_empty() {
        (&*socket).write_all(rest)?;
    }
    Ok(())
}

fn dup_high(fd: &OwnedFd) -> io::Result<OwnedFd> {
    // SAFETY: F_DUPFD_CLOEXEC on a valid fd returns a new fd we own.
    let new = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 10) };
    if new < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `new` is a fresh fd.
    Ok(unsafe { OwnedFd::from_raw_fd(new) })
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::child::{HarnessChild, SpawnSpec};
    use crate::{Job, JobKind, JobLimits, Submission};

    /// A forked child is reaped by the zygote the moment it exits, and its
    /// /proc entry goes with it: the CPU time it used must come with its
    /// exit, or a solution that leaves right after reporting would be
    /// believed on its own word.
    #[test]
    fn a_forked_childs_exit_carries_the_cpu_time_it_used() {
        let python = Interpreter::discover().expect("python3 on PATH");
        let harness = HarnessFile::write().expect("harness written");
        let pool = WarmPool::start(&python, &harness).expect("the warm pool starts");
        let dir = tempfile::tempdir().unwrap();
        let solution = dir.path().join("solution.py");
        // spins 300 ms of CPU as it loads, then leaves without a word
        std::fs::write(
            &solution,
            "import os, time\nend = time.process_time() + 0.3\nwhile time.process_time() < end:\n    pass\nos._exit(0)\n",
        )
        .unwrap();
        let job = Job {
            solution: Submission::read(&solution).unwrap(),
            kind: JobKind::Function { entry: "f".into() },
            cases: Vec::new().into(),
            exceptions_expected: Vec::new(),
            limits: JobLimits {
                cpu_ms: 5000,
                wall_ms: 20_000,
                memory_bytes: 1 << 30,
                output_bytes: 1 << 16,
            },
            site_packages: false,
            driver: None,
            forbid: Vec::new(),
            interaction: None,
            stop_at_timeout: false,
            stop: Default::default(),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (cpu_ms, proc_entry_left) = runtime.block_on(async {
            let mut child = HarnessChild::spawn(&SpawnSpec {
                python: &python,
                harness: harness.path(),
                mode: "run",
                site_packages: false,
                memory_bytes: None,
                output_limit: 1 << 16,
                max_frame: 1 << 20,
                workdir: dir.path(),
                pool: Some(&pool),
                sandbox: None,
                interaction: None,
            })
            .expect("forked");
            assert!(child.is_forked(), "the pool forked it");
            child.feed_all(crate::protocol::setup_frame(
                &job,
                &solution.to_string_lossy(),
                None,
                false,
            ));
            let waited = Instant::now();
            let (status, killed) = child.exit_status(Duration::from_secs(30)).await;
            assert!(
                !killed && status.is_some(),
                "it left by itself ({:?})",
                waited.elapsed()
            );
            let left = std::path::Path::new(&format!("/proc/{}/stat", child.pid())).exists();
            (child.cpu_at_exit_ms(), left)
        });
        assert!(!proc_entry_left, "the zygote reaped it: /proc has nothing more to say");
        let cpu_ms = cpu_ms.expect("the zygote told the CPU time it used");
        assert!(cpu_ms >= 290.0, "it spun 300 ms; the count says {cpu_ms} ms");
    }
}
