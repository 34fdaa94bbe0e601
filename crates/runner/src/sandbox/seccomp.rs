//! The seccomp filters: system calls a judged solution never needs are
//! refused (EPERM, so that Python raises PermissionError and the verdict
//! is RE); everything else is allowed. Built once in the judge; a child
//! only installs them.

use std::collections::BTreeMap;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen as Len, SeccompCmpOp as Op, SeccompCondition as Cond, SeccompFilter,
    SeccompRule, TargetArch,
};

/// fchmodat2 (Linux 6.6): 452 on x86_64 and aarch64 alike; not every
/// version of libc names it.
const SYS_FCHMODAT2: libc::c_long = 452;

/// Refused outright: debugging other processes, mounting, kernel and
/// system administration, io_uring (whose operations seccomp cannot see),
/// leaving the process group, new processes, and raising limits.
const REFUSED: &[libc::c_long] = &[
    libc::SYS_ptrace,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_kcmp,
    libc::SYS_pidfd_getfd,
    libc::SYS_pidfd_send_signal,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_chroot,
    libc::SYS_setns,
    libc::SYS_unshare,
    libc::SYS_fsopen,
    libc::SYS_fsmount,
    libc::SYS_fsconfig,
    libc::SYS_fspick,
    libc::SYS_move_mount,
    libc::SYS_open_tree,
    libc::SYS_mount_setattr,
    libc::SYS_kexec_load,
    libc::SYS_kexec_file_load,
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_acct,
    libc::SYS_quotactl,
    libc::SYS_syslog,
    libc::SYS_vhangup,
    libc::SYS_settimeofday,
    libc::SYS_clock_settime,
    libc::SYS_clock_adjtime,
    libc::SYS_adjtimex,
    libc::SYS_sethostname,
    libc::SYS_setdomainname,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_userfaultfd,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    libc::SYS_name_to_handle_at,
    libc::SYS_open_by_handle_at,
    libc::SYS_setsid,
    libc::SYS_setpgid,
    libc::SYS_setrlimit,
    libc::SYS_tkill,
    // host state that outlives the run or escapes its limits: memory
    // outside the address-space limit (a memfd's pages are never mapped,
    // so RLIMIT_AS does not count them), System V and POSIX IPC objects
    // (the IPC namespace also keeps them from the host), watches that
    // show activity on paths Landlock hides, other processes' memory
    // placement
    libc::SYS_memfd_create,
    libc::SYS_memfd_secret,
    libc::SYS_inotify_init1,
    libc::SYS_fanotify_init,
    libc::SYS_shmget,
    libc::SYS_shmat,
    libc::SYS_shmctl,
    libc::SYS_msgget,
    libc::SYS_msgsnd,
    libc::SYS_msgrcv,
    libc::SYS_msgctl,
    libc::SYS_semget,
    libc::SYS_semop,
    libc::SYS_semtimedop,
    libc::SYS_semctl,
    libc::SYS_mq_open,
    libc::SYS_mq_unlink,
    libc::SYS_mq_timedsend,
    libc::SYS_mq_timedreceive,
    libc::SYS_mq_notify,
    libc::SYS_mq_getsetattr,
    libc::SYS_migrate_pages,
    libc::SYS_move_pages,
    libc::SYS_process_madvise,
    libc::SYS_process_mrelease,
    libc::SYS_pidfd_open,
    // changing what a file is rather than what it holds: Landlock has no
    // right for a file's mode, owner, times or extended attributes, so a
    // child running as the files' owner (the judge's user, when it is not
    // root) could change those of Python's files or the harness
    libc::SYS_fchmod,
    libc::SYS_fchmodat,
    SYS_FCHMODAT2,
    libc::SYS_fchown,
    libc::SYS_fchownat,
    libc::SYS_utimensat,
    libc::SYS_setxattr,
    libc::SYS_lsetxattr,
    libc::SYS_fsetxattr,
    libc::SYS_removexattr,
    libc::SYS_lremovexattr,
    libc::SYS_fremovexattr,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_fork,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_vfork,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_iopl,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_ioperm,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_inotify_init,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_chmod,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_chown,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_lchown,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_utime,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_utimes,
    #[cfg(target_arch = "x86_64")]
    libc::SYS_futimesat,
];

/// Scheduling calls whose first argument is a process id: allowed on the
/// caller (0), refused on any other process (renicing, re-pinning or
/// idling the judge or another submission; under a judge that is not root
/// the child runs as the judge's user, so the kernel alone would allow it).
const SCHEDULING_OF_A_PID: &[libc::c_long] = &[
    libc::SYS_sched_setaffinity,
    libc::SYS_sched_setscheduler,
    libc::SYS_sched_setparam,
    libc::SYS_sched_setattr,
];

fn arch() -> Option<TargetArch> {
    if cfg!(target_arch = "x86_64") {
        Some(TargetArch::x86_64)
    } else if cfg!(target_arch = "aarch64") {
        Some(TargetArch::aarch64)
    } else {
        None
    }
}

fn cond(arg: u8, op: Op, value: u64) -> Cond {
    Cond::new(arg, Len::Dword, op, value).expect("a valid condition")
}

fn rule(conditions: Vec<Cond>) -> SeccompRule {
    SeccompRule::new(conditions).expect("a valid rule")
}

/// The filters, in the order to install them; `None` on an architecture
/// seccompiler does not know. The `protected` processes (the judge, the
/// warm pool) may not be signalled.
pub fn filters(protected: &[u32]) -> Option<Vec<BpfProgram>> {
    let arch = arch()?;
    let mut refused: BTreeMap<i64, Vec<SeccompRule>> = REFUSED.iter().map(|&n| (n, vec![])).collect();
    // no sockets at all: not the network, and not the host's UNIX sockets
    // (a root judge's child could reach a root-owned daemon's); socketpair
    // stays, it reaches nothing outside
    refused.insert(libc::SYS_socket, vec![]);
    // processes: threads only (a clone without CLONE_THREAD is a fork)
    refused.insert(
        libc::SYS_clone,
        vec![rule(vec![cond(0, Op::MaskedEq(libc::CLONE_THREAD as u64), 0)])],
    );
    for &call in SCHEDULING_OF_A_PID {
        refused.insert(call, vec![rule(vec![cond(0, Op::Ne, 0)])]);
    }
    const PRIO_PROCESS: u64 = 0;
    const IOPRIO_WHO_PROCESS: u64 = 1;
    // priorities (nice, I/O): of the calling process only (`who` 0 for a
    // process group or a user would be the judge's group or every root
    // process)
    refused.insert(
        libc::SYS_setpriority,
        vec![
            rule(vec![cond(0, Op::Ne, PRIO_PROCESS)]),
            rule(vec![cond(1, Op::Ne, 0)]),
        ],
    );
    refused.insert(
        libc::SYS_ioprio_set,
        vec![
            rule(vec![cond(0, Op::Ne, IOPRIO_WHO_PROCESS)]),
            rule(vec![cond(1, Op::Ne, 0)]),
        ],
    );
    // limits may be read, not changed
    refused.insert(
        libc::SYS_prlimit64,
        vec![rule(vec![Cond::new(2, Len::Qword, Op::Ne, 0).expect("valid")])],
    );
    // the CPU timer's signal keeps its default action (ending the process)
    refused.insert(
        libc::SYS_rt_sigaction,
        vec![rule(vec![
            cond(0, Op::Eq, libc::SIGPROF as u64),
            Cond::new(1, Len::Qword, Op::Ne, 0).expect("valid"),
        ])],
    );
    // signals: not to process groups (negative pids), not to the judge
    let negative = 0x8000_0000;
    let signal_rules = || {
        let mut rules = vec![rule(vec![cond(0, Op::Ge, negative)])];
        rules.extend(protected.iter().map(|pid| rule(vec![cond(0, Op::Eq, u64::from(*pid))])));
        rules
    };
    refused.insert(libc::SYS_kill, signal_rules());
    refused.insert(libc::SYS_tgkill, signal_rules());
    refused.insert(libc::SYS_rt_sigqueueinfo, signal_rules());
    refused.insert(libc::SYS_rt_tgsigqueueinfo, signal_rules());
    let main = SeccompFilter::new(
        refused,
        SeccompAction::Allow,
        SeccompAction::Errno(libc::EPERM as u32),
        arch,
    )
    .ok()?
    .try_into()
    .ok()?;
    // clone3 passes its flags in memory, where seccomp cannot look:
    // ENOSYS makes the C library fall back to clone, which the rule above
    // can check
    let clone3 = SeccompFilter::new(
        BTreeMap::from([(libc::SYS_clone3, vec![])]),
        SeccompAction::Allow,
        SeccompAction::Errno(libc::ENOSYS as u32),
        arch,
    )
    .ok()?
    .try_into()
    .ok()?;
    Some(vec![main, clone3])
}

/// Installs one filter on the calling thread. Async-signal-safe (one
/// system call): for a forked child before exec. Needs no_new_privs.
pub fn install(filter: &BpfProgram) -> std::io::Result<()> {
    let program = libc::sock_fprog {
        len: filter.len() as u16,
        filter: filter.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: a valid program that outlives the call.
    if unsafe {
        libc::prctl(
            libc::PR_SET_SECCOMP,
            libc::SECCOMP_MODE_FILTER,
            &program as *const libc::sock_fprog,
        )
    } < 0
    {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// A filter as bytes (8 per instruction), for a process that installs it
/// itself (the warm pool's children).
pub fn to_bytes(filter: &BpfProgram) -> Vec<u8> {
    let mut out = Vec::with_capacity(filter.len() * 8);
    for insn in filter {
        out.extend_from_slice(&insn.code.to_ne_bytes());
        out.push(insn.jt);
        out.push(insn.jf);
        out.extend_from_slice(&insn.k.to_ne_bytes());
    }
    out
}
