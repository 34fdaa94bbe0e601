//! Every child the judge starts is waited for before the judge exits
//! (docs/protocol.md, "Child processes"): a child that is not leaves a
//! zombie where no init reaps them (a container), and its CPU time and
//! memory out of what `wait4`, `/usr/bin/time` and CI accounting see.
//!
//! On the normal paths each owner waits for its own child (`HarnessChild`
//! and `WarmPool` on drop). For an interrupted judge (Ctrl-C, SIGTERM), the
//! children alive are registered here, and [`shutdown`] ends and reaps
//! them all before the process exits.

use std::os::fd::RawFd;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Live {
    /// A harness process (our child when `ours`, else the zygote's), the
    /// leader of its own process group.
    Harness { pid: libc::pid_t, ours: bool },
    /// The warm pool's zygote and its control socket: closing the socket
    /// makes it end its children, reap them and exit.
    Zygote { pid: libc::pid_t, socket: RawFd },
}

/// The children alive, and how many are being started.
struct State {
    live: Vec<Live>,
    starting: usize,
    stopping: bool,
}

static STATE: Mutex<State> = Mutex::new(State {
    live: Vec::new(),
    starting: 0,
    stopping: false,
});
static STARTED: Condvar = Condvar::new();

fn state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Held while a child is being started, until it is registered (or, for a
/// short-lived child: the probe, a sandbox test, until it is reaped): a
/// shutdown waits for it, so that a child started just as the signal came
/// is not missed (it would be, between `fork` and registering).
pub(crate) struct Starting(());

impl Starting {
    /// `None` once the judge is shutting down: start nothing more.
    pub(crate) fn begin() -> Option<Starting> {
        let mut state = state();
        if state.stopping {
            return None;
        }
        state.starting += 1;
        Some(Starting(()))
    }

    pub(crate) fn harness(&self, pid: libc::pid_t, ours: bool) {
        if pid > 0 {
            state().live.push(Live::Harness { pid, ours });
        }
    }

    pub(crate) fn zygote(&self, pid: libc::pid_t, socket: RawFd) {
        state().live.push(Live::Zygote { pid, socket });
    }
}

impl Drop for Starting {
    fn drop(&mut self) {
        state().starting -= 1;
        STARTED.notify_all();
    }
}

/// Forgets `pid` (its owner has reaped it, or is about to).
pub(crate) fn forget(pid: libc::pid_t) {
    state()
        .live
        .retain(|l| !matches!(*l, Live::Harness { pid: p, .. } | Live::Zygote { pid: p, .. } if p == pid));
}

/// Blocks until our child `pid` has ended, without reaping it (the owner
/// of its handle reaps it, so that the handle knows). False if it is not
/// our child (any more).
pub(crate) fn wait_ended(pid: libc::pid_t) -> bool {
    loop {
        // SAFETY: waitid fills `info`, a plain struct we own.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        let r = unsafe { libc::waitid(libc::P_PID, pid as libc::id_t, &mut info, libc::WEXITED | libc::WNOWAIT) };
        if r == 0 {
            return true;
        }
        if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return false;
        }
    }
}

/// Reaps our child `pid`, waiting up to `grace` for it to end by itself,
/// then killing it. Returns its wait status if it was ours to reap.
pub(crate) fn reap_within(pid: libc::pid_t, grace: Duration) -> Option<i32> {
    let deadline = Instant::now() + grace;
    let mut status = 0;
    loop {
        // SAFETY: waitpid on our own child, `status` is ours.
        match unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) } {
            0 if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(1)),
            0 => {
                // SAFETY: our child, not yet reaped: its pid is still its own.
                unsafe { libc::kill(pid, libc::SIGKILL) };
                // SAFETY: as above.
                return (unsafe { libc::waitpid(pid, &mut status, 0) } == pid).then_some(status);
            }
            r if r == pid => return Some(status),
            _ if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) => {}
            _ => return None,
        }
    }
}

/// Whether a shutdown has begun: the judge's work past this point was cut
/// short by it (its children killed), so its results are not to be shown.
pub fn stopping() -> bool {
    state().stopping
}

/// Ends every child still alive and reaps it: for a judge about to exit
/// on a signal. The harness groups are killed first, then each zygote is
/// asked to reap its own and exit.
pub fn shutdown() {
    let children = {
        let mut state = state();
        state.stopping = true;
        while state.starting > 0 {
            state = STARTED.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        std::mem::take(&mut state.live)
    };
    for child in &children {
        if let Live::Harness { pid, .. } = *child {
            // SAFETY: killpg on a group the judge started.
            unsafe { libc::killpg(pid, libc::SIGKILL) };
        }
    }
    for child in &children {
        match *child {
            Live::Harness { pid, ours: true } => {
                let mut status = 0;
                // SAFETY: waitpid on our own child.
                unsafe { libc::waitpid(pid, &mut status, 0) };
            }
            Live::Harness { ours: false, .. } => {}
            Live::Zygote { pid, socket } => {
                // SAFETY: shutdown on the pool's socket, still open: the
                // pool unregisters before it closes it.
                unsafe { libc::shutdown(socket, libc::SHUT_RDWR) };
                reap_within(pid, Duration::from_secs(2));
            }
        }
    }
}
