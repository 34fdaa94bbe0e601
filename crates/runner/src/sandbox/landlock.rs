//! Landlock (Linux 5.13+): file access, TCP and signals restricted for a
//! process and everything it later starts, without privileges. The ruleset
//! is built in the judge (it needs paths); the child only enforces it.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

const SYS_CREATE_RULESET: libc::c_long = 444;
const SYS_ADD_RULE: libc::c_long = 445;
const SYS_RESTRICT_SELF: libc::c_long = 446;
const CREATE_RULESET_VERSION: u32 = 1;
const RULE_PATH_BENEATH: libc::c_int = 1;

// file system rights, by the ABI that introduced them
const EXECUTE: u64 = 1 << 0;
const WRITE_FILE: u64 = 1 << 1;
const READ_FILE: u64 = 1 << 2;
const READ_DIR: u64 = 1 << 3;
/// REMOVE_DIR .. MAKE_SYM: bits 4 to 12 (ABI 1).
const ABI1_ALL: u64 = (1 << 13) - 1;
const REFER: u64 = 1 << 13; // ABI 2
const TRUNCATE: u64 = 1 << 14; // ABI 3
const IOCTL_DEV: u64 = 1 << 15; // ABI 5
/// Rights that make sense on a file (the others only on directories).
const FILE_RIGHTS: u64 = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV;

// network rights (ABI 4): TCP bind and connect
const NET_ALL: u64 = 0b11;
// scopes (ABI 6): abstract UNIX sockets and signals stay inside the sandbox
const SCOPE_ALL: u64 = 0b11;

#[repr(C)]
struct RulesetAttr {
    handled_access_fs: u64,
    handled_access_net: u64,
    scoped: u64,
}

#[repr(C, packed)]
struct PathBeneathAttr {
    allowed_access: u64,
    parent_fd: i32,
}

/// The kernel's Landlock ABI version, if Landlock is enabled.
pub fn abi() -> Option<u32> {
    // SAFETY: the documented way to ask for the ABI: no attributes, a flag.
    let v = unsafe {
        libc::syscall(
            SYS_CREATE_RULESET,
            std::ptr::null::<u8>(),
            0usize,
            CREATE_RULESET_VERSION,
        )
    };
    u32::try_from(v).ok().filter(|v| *v >= 1)
}

fn handled_fs(abi: u32) -> u64 {
    let mut rights = ABI1_ALL;
    if abi >= 2 {
        rights |= REFER;
    }
    if abi >= 3 {
        rights |= TRUNCATE;
    }
    if abi >= 5 {
        rights |= IOCTL_DEV;
    }
    rights
}

/// What a rule grants beneath a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read and execute files, list directories.
    Read,
    /// Read and write a file (e.g. /dev/null).
    ReadWrite,
    /// Everything: the solution's own working directory.
    Full,
}

/// A ruleset: every access is denied except what the rules allow; TCP and
/// signals out of the sandbox are denied where the kernel can.
pub fn ruleset(abi: u32, rules: &[(&Path, Access)]) -> io::Result<OwnedFd> {
    let handled = handled_fs(abi);
    let attr = RulesetAttr {
        handled_access_fs: handled,
        handled_access_net: if abi >= 4 { NET_ALL } else { 0 },
        scoped: if abi >= 6 { SCOPE_ALL } else { 0 },
    };
    let size = match abi {
        1..=3 => 8,
        4 | 5 => 16,
        _ => std::mem::size_of::<RulesetAttr>(),
    };
    // SAFETY: attr is a valid struct of at least `size` bytes.
    let fd = unsafe { libc::syscall(SYS_CREATE_RULESET, &attr as *const RulesetAttr, size, 0u32) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a fresh fd from the kernel.
    let created = unsafe { OwnedFd::from_raw_fd(fd as RawFd) };
    // numbered 10 or more: a child places its pipes at 3 and 4 before it
    // uses the ruleset, which must not be among them
    // SAFETY: F_DUPFD_CLOEXEC on a valid fd returns a new fd we own.
    let high = unsafe { libc::fcntl(created.as_raw_fd(), libc::F_DUPFD_CLOEXEC, 10) };
    if high < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a fresh fd.
    let ruleset = unsafe { OwnedFd::from_raw_fd(high) };
    drop(created);
    for (path, access) in rules {
        let Ok(c_path) = CString::new(path.as_os_str().as_bytes()) else {
            continue;
        };
        // SAFETY: open with O_PATH of a NUL-terminated path.
        let target = unsafe { libc::open(c_path.as_ptr(), libc::O_PATH | libc::O_CLOEXEC) };
        if target < 0 {
            continue; // a path this machine does not have
        }
        // SAFETY: a fresh fd we own.
        let target = unsafe { OwnedFd::from_raw_fd(target) };
        let mut rights = match access {
            Access::Read => EXECUTE | READ_FILE | READ_DIR,
            Access::ReadWrite => READ_FILE | WRITE_FILE | TRUNCATE,
            Access::Full => handled,
        } & handled;
        if !path.is_dir() {
            rights &= FILE_RIGHTS;
        }
        let rule = PathBeneathAttr {
            allowed_access: rights,
            parent_fd: target.as_raw_fd(),
        };
        // SAFETY: a valid rule for a valid ruleset fd.
        let r = unsafe {
            libc::syscall(
                SYS_ADD_RULE,
                ruleset.as_raw_fd(),
                RULE_PATH_BENEATH,
                &rule as *const PathBeneathAttr,
                0u32,
            )
        };
        if r < 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(ruleset)
}

/// Every right the ruleset handles for `abi`: what a rule for the
/// solution's own working directory grants.
pub fn full_rights(abi: u32) -> u64 {
    handled_fs(abi)
}

/// Adds a rule granting `rights` beneath the directory open at `dir`.
/// Async-signal-safe (one system call): for a child that mounted its
/// working directory after the ruleset was built.
pub fn add_rule(ruleset: RawFd, dir: RawFd, rights: u64) -> io::Result<()> {
    let rule = PathBeneathAttr {
        allowed_access: rights,
        parent_fd: dir,
    };
    // SAFETY: a valid rule for a valid ruleset fd.
    if unsafe {
        libc::syscall(
            SYS_ADD_RULE,
            ruleset,
            RULE_PATH_BENEATH,
            &rule as *const PathBeneathAttr,
            0u32,
        )
    } < 0
    {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Enforces `ruleset` on the calling thread and its future children.
/// Async-signal-safe (one system call): for a forked child before exec.
/// Needs no_new_privs (or CAP_SYS_ADMIN).
pub fn restrict_self(ruleset: RawFd) -> io::Result<()> {
    // SAFETY: a plain system call.
    if unsafe { libc::syscall(SYS_RESTRICT_SELF, ruleset, 0u32) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
