//! The process runner's sandbox: what a hostile solution is kept from
//! doing, layer by layer (docs/sandbox.md). Each layer is checked at
//! start; one the machine does not offer is reported, never skipped
//! silently.
//!
//! The policy is computed once in the judge; for each submission the judge
//! builds a Landlock ruleset for its directories, and the child enters the
//! sandbox before it runs Python (`enter`, async-signal-safe) or, when
//! forked by the warm pool, in `sandbox/zygote.py`.

pub mod landlock;
pub mod seccomp;

use std::ffi::CString;
use std::io;
use std::os::fd::{OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use seccompiler::BpfProgram;

use crate::python::Interpreter;

/// The largest file a solution may write (RLIMIT_FSIZE).
pub const FILE_SIZE_LIMIT: u64 = 64 << 20;
/// Open files (RLIMIT_NOFILE).
pub const OPEN_FILES_LIMIT: u64 = 256;
/// A root judge's children each run as `SANDBOX_UID_BASE + pid` (the
/// child's own pid, unique among living processes), group likewise: a uid
/// no other process or file on the host has, so no two submissions share
/// one. Above the ranges distributions and container runtimes allot.
pub const SANDBOX_UID_BASE: u32 = 1_000_000_000;
/// CAP_DAC_READ_SEARCH: the one capability a root judge's child keeps, so
/// that it can read Python and the harness wherever root keeps them (under
/// `/root`, 0700); Landlock, not the uid, says what it may read.
pub const CAP_DAC_READ_SEARCH: u32 = 2;
/// The size of the working directory's tmpfs, where one can be mounted.
pub const WORKDIR_TMPFS: &str = "size=64m,nr_inodes=4096,mode=0700";
const WORKDIR_TMPFS_C: &std::ffi::CStr = c"size=64m,nr_inodes=4096,mode=0700";

/// A layer of the sandbox and whether it is on here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub name: &'static str,
    /// What it defends against.
    pub defends: &'static str,
    /// `None` when active; otherwise why it is not.
    pub missing: Option<String>,
}

/// What the sandbox can do on this machine, and the policy it enforces.
#[derive(Debug)]
pub struct SandboxPolicy {
    pub landlock_abi: Option<u32>,
    filters: Option<Vec<BpfProgram>>,
    pub network_namespace: bool,
    pub mount_namespace: bool,
    /// System V IPC and POSIX message queues of the child's own, gone
    /// with it.
    pub ipc_namespace: bool,
    /// The judge runs as root: each child becomes a uid of its own
    /// (`SANDBOX_UID_BASE` + its pid) keeping only CAP_DAC_READ_SEARCH.
    pub drop_root: bool,
    /// Read (and execute) access beneath these paths.
    read_paths: Vec<PathBuf>,
}

/// System directories a Python process reads as it starts.
const SYSTEM_READS: &[&str] = &[
    "/usr",
    "/lib",
    "/lib64",
    "/lib32",
    "/bin",
    "/etc/ld.so.cache",
    "/etc/localtime",
    "/dev/urandom",
    "/dev/zero",
];

impl SandboxPolicy {
    /// Finds out what this machine offers (by trying it).
    pub fn detect(python: &Interpreter, harness_dir: &Path) -> SandboxPolicy {
        let mut read_paths: Vec<PathBuf> = SYSTEM_READS.iter().map(PathBuf::from).collect();
        read_paths.extend(python.prefixes.iter().cloned());
        if let Some(dir) = python.path.parent() {
            read_paths.push(dir.to_owned());
        }
        read_paths.push(harness_dir.to_owned());
        SandboxPolicy {
            landlock_abi: landlock::abi(),
            filters: seccomp::filters(&[std::process::id()]),
            network_namespace: try_in_child(|| unsafe { libc::unshare(libc::CLONE_NEWNET) } == 0),
            mount_namespace: try_in_child(|| unsafe { libc::unshare(libc::CLONE_NEWNS) } == 0),
            ipc_namespace: try_in_child(|| unsafe { libc::unshare(libc::CLONE_NEWIPC) } == 0),
            // SAFETY: plain getter.
            drop_root: unsafe { libc::geteuid() } == 0,
            read_paths,
        }
    }

    /// Every layer, and why each missing one is missing.
    pub fn layers(&self) -> Vec<Layer> {
        let on = |cond: bool, why: &str| (!cond).then(|| why.to_owned());
        vec![
            Layer {
                name: "rlimits",
                defends: "memory (address space), file size, open files, core dumps",
                missing: None,
            },
            Layer {
                name: "process group",
                defends: "every process of a submission is killed when it ends",
                missing: None,
            },
            Layer {
                name: "seccomp",
                defends: "new processes, sockets, ptrace, mounts, kernel administration, raising limits, signals to the judge, memfd, System V and POSIX IPC, inotify, other processes' scheduling",
                missing: on(self.filters.is_some(), "not supported on this architecture"),
            },
            Layer {
                name: "landlock",
                defends: "reading files other than Python's own and the submission's; writing outside its directory; TCP; signals out of the sandbox",
                missing: match self.landlock_abi {
                    Some(abi) if abi >= 6 => None,
                    Some(abi) => Some(format!(
                        "ABI {abi}: files are restricted, but {} (needs Linux 6.12)",
                        if abi >= 4 {
                            "signals are not scoped"
                        } else {
                            "TCP and signals are not restricted"
                        }
                    )),
                    None => Some("not enabled in this kernel (needs Linux 5.13 and landlock in the LSM list)".into()),
                },
            },
            Layer {
                name: "network namespace",
                defends: "any network: only an empty loopback is visible",
                missing: on(self.network_namespace, "needs root or unprivileged user namespaces"),
            },
            Layer {
                name: "mount namespace",
                defends: "disk filling: the working directory is a 64 MiB tmpfs",
                missing: on(self.mount_namespace, "needs root or unprivileged user namespaces"),
            },
            Layer {
                name: "IPC namespace",
                defends: "System V shared memory, queues, semaphores and POSIX message queues shared with the host or outliving the run",
                missing: on(self.ipc_namespace, "needs root or unprivileged user namespaces"),
            },
            Layer {
                name: "unprivileged uid",
                defends: "root's privileges, and other processes and files of the judge's user: under a root judge each submission runs as a uid of its own, keeping only the right to read (which Landlock bounds)",
                missing: on(
                    self.drop_root,
                    "the judge does not run as root: children run as its user, which it cannot change",
                ),
            },
        ]
    }

    /// Also keeps signals away from these processes (the warm pool's).
    pub fn protect(&mut self, pids: &[u32]) {
        let mut all = vec![std::process::id()];
        all.extend_from_slice(pids);
        self.filters = seccomp::filters(&all);
    }

    /// Names of the active layers, for reports (Landlock counts with any
    /// ABI: its file rules work from the first).
    pub fn active(&self) -> Vec<String> {
        let mut names = Vec::new();
        for layer in self.layers() {
            match (layer.name, self.landlock_abi) {
                ("landlock", Some(abi)) => names.push(format!("landlock (ABI {abi})")),
                (name, _) if layer.missing.is_none() => names.push(name.to_owned()),
                _ => {}
            }
        }
        names
    }

    /// Why each layer that is not (fully) on is not, for reports.
    pub fn warnings(&self) -> Vec<String> {
        self.layers()
            .into_iter()
            .filter(|l| l.name != "unprivileged uid")
            .filter_map(|l| l.missing.map(|why| format!("{}: {why}", l.name)))
            .collect()
    }

    /// What the child of one submission needs to enter the sandbox.
    pub(crate) fn for_submission(&self, solution_dir: &Path, workdir: &Path) -> io::Result<ChildSandbox> {
        let ruleset = match self.landlock_abi {
            Some(abi) => {
                let mut rules: Vec<(&Path, landlock::Access)> = self
                    .read_paths
                    .iter()
                    .map(|p| (p.as_path(), landlock::Access::Read))
                    .collect();
                rules.push((solution_dir, landlock::Access::Read));
                rules.push((Path::new("/dev/null"), landlock::Access::ReadWrite));
                rules.push((workdir, landlock::Access::Full));
                Some(landlock::ruleset(abi, &rules)?)
            }
            None => None,
        };
        Ok(ChildSandbox {
            ruleset,
            filters: self.filters.clone().unwrap_or_default(),
            network_namespace: self.network_namespace,
            ipc_namespace: self.ipc_namespace,
            tmpfs_workdir: self
                .mount_namespace
                .then(|| CString::new(workdir.as_os_str().as_bytes()))
                .transpose()
                .map_err(io::Error::other)?,
            workdir_rights: self.landlock_abi.map_or(0, landlock::full_rights),
            drop_root: self.drop_root,
        })
    }
}

/// Runs `test` in a forked child (so that what it changes stays there) and
/// says whether it returned true.
fn try_in_child(test: impl FnOnce() -> bool) -> bool {
    // a judge ending on a signal waits for this child to be reaped
    let Some(_starting) = crate::reap::Starting::begin() else {
        return false;
    };
    // SAFETY: the child only makes system calls and exits.
    unsafe {
        let pid = libc::fork();
        if pid == 0 {
            libc::_exit(if test() { 0 } else { 1 });
        }
        if pid < 0 {
            return false;
        }
        let mut status = 0;
        libc::waitpid(pid, &mut status, 0);
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0
    }
}

/// One submission's way into the sandbox.
#[derive(Debug)]
pub struct ChildSandbox {
    pub ruleset: Option<OwnedFd>,
    pub filters: Vec<BpfProgram>,
    pub network_namespace: bool,
    pub ipc_namespace: bool,
    /// Mount a tmpfs over this working directory, in a mount namespace.
    pub tmpfs_workdir: Option<CString>,
    /// The Landlock rights to grant on the mounted working directory (a
    /// rule made before the mount would cover what the tmpfs hides).
    pub workdir_rights: u64,
    /// Become `SANDBOX_UID_BASE` + pid, keeping only CAP_DAC_READ_SEARCH.
    pub drop_root: bool,
}

impl ChildSandbox {
    /// The seccomp filters as bytes, for the warm pool's children.
    pub fn filter_bytes(&self) -> Vec<Vec<u8>> {
        self.filters.iter().map(seccomp::to_bytes).collect()
    }

    /// Enters the sandbox: in a forked child, before exec. Only makes
    /// system calls (async-signal-safe); `ruleset` is the ruleset's fd as
    /// the child sees it.
    ///
    /// # Safety
    /// Call only in a freshly forked child.
    pub unsafe fn enter(&self, ruleset: Option<RawFd>) -> io::Result<()> {
        let check = |r: libc::c_int| {
            if r < 0 { Err(io::Error::last_os_error()) } else { Ok(()) }
        };
        // SAFETY (for the block): system calls with valid arguments.
        unsafe {
            if self.network_namespace {
                check(libc::unshare(libc::CLONE_NEWNET))?;
            }
            if self.ipc_namespace {
                check(libc::unshare(libc::CLONE_NEWIPC))?;
            }
            if let Some(dir) = &self.tmpfs_workdir {
                check(libc::unshare(libc::CLONE_NEWNS))?;
                check(libc::mount(
                    std::ptr::null(),
                    c"/".as_ptr(),
                    std::ptr::null(),
                    libc::MS_REC | libc::MS_PRIVATE,
                    std::ptr::null(),
                ))?;
                let options = WORKDIR_TMPFS_C;
                check(libc::mount(
                    c"tmpfs".as_ptr(),
                    dir.as_ptr(),
                    c"tmpfs".as_ptr(),
                    libc::MS_NOSUID | libc::MS_NODEV,
                    options.as_ptr().cast(),
                ))?;
                // the working directory is now the tmpfs, not what it covers
                check(libc::chdir(dir.as_ptr()))?;
                if let Some(ruleset) = ruleset {
                    let here = libc::open(c".".as_ptr(), libc::O_PATH | libc::O_CLOEXEC);
                    check(here)?;
                    let added = landlock::add_rule(ruleset, here, self.workdir_rights);
                    libc::close(here);
                    added?;
                }
            }
            let uid = SANDBOX_UID_BASE + libc::getpid() as u32;
            if self.drop_root {
                // the working directory (the tmpfs, or the run's own
                // directory on disk) is the one place it writes
                check(libc::chown(c".".as_ptr(), uid, uid))?;
            }
            check(libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))?;
            if let Some(fd) = ruleset {
                landlock::restrict_self(fd)?;
            }
            if self.drop_root {
                become_unprivileged(uid)?;
            }
        }
        for filter in &self.filters {
            seccomp::install(filter)?;
        }
        Ok(())
    }
}

/// Leaves root: drops the supplementary groups, becomes `uid` (user and
/// group; real, effective and saved) and keeps CAP_DAC_READ_SEARCH alone,
/// also as an ambient capability so that it survives the exec of Python;
/// the bounding set is emptied, so no exec gives anything back.
///
/// The order is the kernel's: an inheritable capability can only be raised
/// while it is in the bounding set, and emptying the bounding set needs
/// CAP_SETPCAP, which is kept until then.
///
/// # Safety
/// System calls only; for a child before exec.
unsafe fn become_unprivileged(uid: u32) -> io::Result<()> {
    let check = |r: libc::c_long| {
        if r < 0 { Err(io::Error::last_os_error()) } else { Ok(()) }
    };
    #[repr(C)]
    struct Header {
        version: u32,
        pid: i32,
    }
    #[repr(C)]
    struct Data {
        effective: u32,
        permitted: u32,
        inheritable: u32,
    }
    let capset = |kept: u32, inheritable: u32| {
        let header = Header {
            version: 0x2008_0522, // _LINUX_CAPABILITY_VERSION_3
            pid: 0,
        };
        let data = [
            Data {
                effective: kept,
                permitted: kept,
                inheritable,
            },
            Data {
                effective: 0,
                permitted: 0,
                inheritable: 0,
            },
        ];
        // SAFETY: capset with a valid header and two data words.
        check(unsafe { libc::syscall(libc::SYS_capset, &header as *const Header, data.as_ptr()) })
    };
    let read_search = 1u32 << CAP_DAC_READ_SEARCH;
    let set_pcap = 1u32 << 8; // CAP_SETPCAP
    // SAFETY: prctl, setgroups and setres[ug]id with valid arguments.
    unsafe {
        check(libc::setgroups(0, std::ptr::null()) as libc::c_long)?;
        check(libc::setresgid(uid, uid, uid) as libc::c_long)?;
        // keep the permitted set through the change of uid
        check(libc::prctl(libc::PR_SET_KEEPCAPS, 1, 0, 0, 0) as libc::c_long)?;
        check(libc::setresuid(uid, uid, uid) as libc::c_long)?;
        capset(read_search | set_pcap, read_search)?;
        check(libc::prctl(
            libc::PR_CAP_AMBIENT,
            libc::PR_CAP_AMBIENT_RAISE,
            CAP_DAC_READ_SEARCH as libc::c_ulong,
            0,
            0,
        ) as libc::c_long)?;
        for cap in 0..64 {
            // EINVAL past the last capability this kernel knows
            libc::prctl(libc::PR_CAPBSET_DROP, cap, 0, 0, 0);
        }
    }
    capset(read_search, read_search)
}
