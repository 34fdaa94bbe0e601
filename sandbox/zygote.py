"""The process runner's warm pool: a started, imported harness that forks a
child per submission, so that a submission costs a fork (about a
millisecond) instead of an interpreter start (tens of milliseconds).

Started as `python -I -S -c LAUNCHER DIR zygote`, with a Unix socket on fd
3. Each request is a frame (4-byte little-endian length, marshal payload)
carrying four file descriptors (SCM_RIGHTS): the child's request pipe, its
result pipe, its stdout and its stderr. The zygote answers ("forked", pid)
and, when a child ends, ("exited", pid, wait_status, cpu_ms): a forked
child is the zygote's, not the judge's, so only the zygote can reap it, and
only the zygote can tell the CPU time it used (its rusage at the reaping,
user plus system): once reaped, its /proc entry is gone.

The child is set up the way the judge spawns a harness (docs/protocol.md):
its own process group, fds 0-4, a fresh working directory, rlimits; then
it runs `harness.run_main`.
"""

import _socket
import ctypes
import fcntl
import marshal
import os
import resource
import select
import signal
import sys

import harness

CONTROL_FD = 3
# the child's request pipe, result pipe, stdout, stderr; then its Landlock
# ruleset, when there is one
MIN_FDS, MAX_FDS = 4, 5
# exit code of a child that could not enter its sandbox (the judge's fault)
SANDBOX_FAILED = 71

# Linux's numbers, stable across architectures
CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWNET = 0x00020000, 0x08000000, 0x40000000
MS_NOSUID, MS_NODEV, MS_REC, MS_PRIVATE = 2, 4, 1 << 14, 1 << 18
PR_SET_KEEPCAPS, PR_CAPBSET_DROP, PR_SET_SECCOMP, PR_SET_NO_NEW_PRIVS = 8, 24, 22, 38
SECCOMP_MODE_FILTER = 2
LINUX_CAPABILITY_VERSION_3 = 0x20080522
CAP_SETPCAP = 8

_libc = ctypes.CDLL(None, use_errno=True)


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]
_head = harness._frame_head


def _send(sock, obj):
    data = marshal.dumps(obj, harness.MARSHAL_VERSION)
    sock.sendall(_head.pack(len(data)) + data)


def _receive(sock):
    """A request and its file descriptors; None when the judge has gone."""
    head, ancillary, _, _ = sock.recvmsg(4, _socket.CMSG_SPACE(MAX_FDS * 4))
    if len(head) < 4:
        return None, []
    fds = []
    for level, kind, data in ancillary:
        if level == _socket.SOL_SOCKET and kind == _socket.SCM_RIGHTS:
            fds.extend(int.from_bytes(data[i:i + 4], sys.byteorder) for i in range(0, len(data) - 3, 4))
    size = _head.unpack(head)[0]
    payload = b""
    while len(payload) < size:
        chunk = sock.recv(size - len(payload))
        if not chunk:
            return None, fds
        payload += chunk
    return marshal.loads(payload), fds


def _check(result):
    if result < 0:
        errno = ctypes.get_errno()
        raise OSError(errno, os.strerror(errno))


def _enter_sandbox(plan, workdir, ruleset_fd):
    """The steps of ChildSandbox::enter (crates/runner/src/sandbox/mod.rs),
    in the same order: namespaces, no_new_privs, Landlock, the uid and
    capabilities, seccomp last."""
    c = _libc
    uid = plan["uid_base"] + os.getpid()
    if plan["network_namespace"]:
        _check(c.unshare(CLONE_NEWNET))
    if plan["ipc_namespace"]:
        _check(c.unshare(CLONE_NEWIPC))
    if plan["tmpfs_options"]:
        _check(c.unshare(CLONE_NEWNS))
        _check(c.mount(None, b"/", None, ctypes.c_ulong(MS_REC | MS_PRIVATE), None))
        _check(c.mount(b"tmpfs", os.fsencode(workdir), b"tmpfs", ctypes.c_ulong(MS_NOSUID | MS_NODEV),
                       plan["tmpfs_options"].encode()))
        os.chdir(workdir)  # the tmpfs, not what it covers
        if plan["landlock"]:
            # a rule made before the mount covers what the tmpfs hides
            here = os.open(".", os.O_PATH)
            rule = _PathBeneath(plan["workdir_rights"], here)
            _check(c.syscall(plan["sys_landlock_add_rule"], ruleset_fd, 1, ctypes.byref(rule), 0))
            os.close(here)
    if plan["drop_root"]:
        os.chown(".", uid, uid)  # the one place it writes
    _check(c.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
    if plan["landlock"]:
        _check(c.syscall(plan["sys_landlock_restrict_self"], ruleset_fd, 0))
    if ruleset_fd >= 0:
        # enforced: the child keeps fds 0-4 only, as a spawned one does
        # (where the ruleset is close-on-exec)
        os.close(ruleset_fd)
    if plan["drop_root"]:
        # a uid of its own, reading (within Landlock) as root could; no
        # exec follows, so no ambient capability (the kernel's order: see
        # become_unprivileged in crates/runner/src/sandbox/mod.rs)
        os.setgroups([])
        os.setresgid(uid, uid, uid)
        _check(c.prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0))
        os.setresuid(uid, uid, uid)
        header = (ctypes.c_uint32 * 2)(LINUX_CAPABILITY_VERSION_3, 0)
        read_search = 1 << plan["cap_dac_read_search"]
        set_pcap = 1 << CAP_SETPCAP
        _check(c.syscall(plan["sys_capset"], header, (ctypes.c_uint32 * 6)(read_search | set_pcap, read_search | set_pcap, 0)))
        for cap in range(64):
            c.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0)
        _check(c.syscall(plan["sys_capset"], header, (ctypes.c_uint32 * 6)(read_search, read_search, 0)))
    for program in plan["filters"]:
        code = ctypes.create_string_buffer(program, len(program))
        fprog = _SockFprog(len(program) // 8, ctypes.addressof(code))
        _check(c.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0))


def _child(request, fds):
    """In the forked child: become a fresh, sandboxed harness process."""
    code = 70
    try:
        # No PR_SET_PDEATHSIG: the zygote kills and reaps its children when
        # the judge's socket closes, however the judge ended; a signal at
        # the zygote's death would leave them to be reaped by someone else.
        os.setpgid(0, 0)
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        req, res, out, err = fds[:4]
        # above the targets first, so that placing one cannot clobber another
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in [null, out, err, req, res] + fds[4:]]
        for target, fd in enumerate(high):
            os.dup2(fd, target)
        os.closerange(len(high), 1 << 16)
        workdir = request["workdir"]
        os.chdir(workdir)
        os.environ.clear()
        os.environ.update(request["env"])
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        memory = request.get("memory_bytes")
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        plan = request.get("sandbox")
        if plan:
            code = SANDBOX_FAILED
            for which, key in ((resource.RLIMIT_FSIZE, "file_size_limit"),
                               (resource.RLIMIT_NOFILE, "open_files_limit")):
                resource.setrlimit(which, (plan[key], plan[key]))
            _enter_sandbox(plan, workdir, 5 if len(fds) > 4 else -1)
            code = 70
        harness.main([None, "run"])  # never returns: it ends the process
    except BaseException as e:
        try:
            os.write(2, ("harness.py: the warm pool's child failed: %r\n" % (e,)).encode())
        except BaseException:
            pass
    os._exit(code)


def _reap(sock, children):
    """Reaps the children that ended and tells the judge; False when the
    judge can no longer be told (it has gone)."""
    while True:
        try:
            pid, status, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return True
        if pid == 0:
            return True
        children.discard(pid)
        try:
            cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000.0
            _send(sock, ("exited", pid, status, cpu_ms))
        except OSError:
            return False


def _end_children(children):
    """The judge has gone (or is going): end every child's group and reap
    it, so that no child is left to whoever inherits the zygote's."""
    for pid in children:
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
    for pid in children:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


def serve():
    sock = _socket.socket(fileno=CONTROL_FD)
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)
    _send(sock, ("ready",))
    children = set()
    while True:
        readable, _, _ = select.select([sock, wake_r], [], [])
        if wake_r in readable:
            os.read(wake_r, 4096)
            if not _reap(sock, children):
                _end_children(children)
                return
        if sock in readable:
            request, fds = _receive(sock)
            if request is None:
                _end_children(children)
                return
            if not MIN_FDS <= len(fds) <= MAX_FDS:
                for fd in fds:
                    os.close(fd)
                _send(sock, ("refused", "expected %d or %d file descriptors, got %d" % (MIN_FDS, MAX_FDS, len(fds))))
                continue
            pid = os.fork()
            if pid == 0:
                _child(request, fds)
            children.add(pid)
            for fd in fds:
                os.close(fd)
            _send(sock, ("forked", pid))
