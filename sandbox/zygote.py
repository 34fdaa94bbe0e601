"""The process runner's warm pool: a started, imported harness that forks a
child per submission, so that a submission costs a fork (about a
millisecond) instead of an interpreter start (tens of milliseconds).

Started as `python -I -S -c LAUNCHER DIR zygote`, with a Unix socket on fd
3. Each request is a frame (4-byte little-endian length, marshal payload)
carrying four file descriptors (SCM_RIGHTS): the child's request pipe, its
result pipe, its stdout and its stderr. The zygote answers ("forked", pid)
and, when a child ends, ("exited", pid, wait_status): a forked child is the
zygote's, not the judge's, so only the zygote can reap it.

The child is set up the way the judge spawns a harness (docs/protocol.md):
its own process group, fds 0-4, a fresh working directory, rlimits; then
it runs `harness.run_main`.
"""

import _socket
import fcntl
import marshal
import os
import resource
import select
import signal
import sys

import harness

CONTROL_FD = 3
FDS_PER_REQUEST = 4
_head = harness._frame_head


def _send(sock, obj):
    data = marshal.dumps(obj, harness.MARSHAL_VERSION)
    sock.sendall(_head.pack(len(data)) + data)


def _receive(sock):
    """A request and its file descriptors; None when the judge has gone."""
    head, ancillary, _, _ = sock.recvmsg(4, _socket.CMSG_SPACE(FDS_PER_REQUEST * 4))
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


def _child(request, fds):
    """In the forked child: become a fresh harness process, then run."""
    code = 70
    try:
        os.setpgid(0, 0)
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        req, res, out, err = fds
        # above the targets first, so that placing one cannot clobber another
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (null, out, err, req, res)]
        for target, fd in enumerate(high):
            os.dup2(fd, target)
        os.closerange(5, 1 << 16)
        os.chdir(request["workdir"])
        os.environ.clear()
        os.environ.update(request["env"])
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        memory = request.get("memory_bytes")
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        harness.main([None, "run"])  # never returns: it ends the process
    except BaseException:
        pass
    os._exit(code)


def _reap(sock):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        _send(sock, ("exited", pid, status))


def serve():
    sock = _socket.socket(fileno=CONTROL_FD)
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    signal.set_wakeup_fd(wake_w)
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)
    _send(sock, ("ready",))
    while True:
        readable, _, _ = select.select([sock, wake_r], [], [])
        if wake_r in readable:
            os.read(wake_r, 4096)
            _reap(sock)
        if sock in readable:
            request, fds = _receive(sock)
            if request is None:
                return  # the judge has gone; its children are its to kill
            if len(fds) != FDS_PER_REQUEST:
                for fd in fds:
                    os.close(fd)
                _send(sock, ("refused", "expected %d file descriptors, got %d" % (FDS_PER_REQUEST, len(fds))))
                continue
            pid = os.fork()
            if pid == 0:
                _child(request, fds)
            for fd in fds:
                os.close(fd)
            _send(sock, ("forked", pid))
