"""The embedded runner's isolation between submissions.

One interpreter runs every submission of a judge process: what one
submission changes in it (new modules, changed module globals, patched
builtins, limits) is recorded before it runs and undone after.
"""

import os
import sys


class ProcessExit(BaseException):
    """Raised where a solution would end the process: in the embedded
    runner that process is the judge's (see `guard_exits`)."""

def snapshot_state():
    """What a submission may change in the interpreter, to put back after it."""
    import builtins

    return {
        "modules": dict(sys.modules),
        "module_dicts": {name: dict(m.__dict__) for name, m in sys.modules.items()
                         if getattr(m, "__dict__", None) is not None},
        "builtins": dict(builtins.__dict__),
        "recursion_limit": sys.getrecursionlimit(),
        "path": list(sys.path),
        "cwd": os.getcwd(),
        "int_max_str_digits": sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else None,
        "switch_interval": sys.getswitchinterval(),
    }


def restore_state(state):
    """Undoes what a submission did to the interpreter: new modules go,
    changed module globals and builtins come back, limits are reset."""
    import builtins

    for name in list(sys.modules):
        if name not in state["modules"]:
            del sys.modules[name]
    sys.modules.update(state["modules"])
    for name, saved in state["module_dicts"].items():
        module = state["modules"][name]
        current = module.__dict__
        if current != saved:
            current.clear()
            current.update(saved)
    builtins.__dict__.clear()
    builtins.__dict__.update(state["builtins"])
    sys.setrecursionlimit(state["recursion_limit"])
    sys.path[:] = state["path"]
    if state["int_max_str_digits"] is not None:
        sys.set_int_max_str_digits(state["int_max_str_digits"])
    sys.setswitchinterval(state["switch_interval"])
    sys.settrace(None)
    sys.setprofile(None)
    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__
    try:
        os.chdir(state["cwd"])
    except OSError:
        pass
    import gc

    gc.enable()


def guard_exits():
    """While a submission runs (called after `snapshot_state`, undone by
    `restore_state` with every module's globals), the ways Python code
    ends the process raise `ProcessExit` instead, which the harness reports
    as the solution's exception (RE, as the process runner's crash is):
    `os._exit`, `os.abort`, and a signal sent to the judge's own process
    or group (`os.kill`, `os.killpg`, `signal.raise_signal`,
    `signal.pthread_kill`); `sys.exit` only raises SystemExit, which the
    harness already catches (in a thread, the thread ends).

    Not stopped: code that reaches the C library directly (`ctypes`:
    `_exit`, `abort`, `kill`), a crash of the interpreter, `os.exec*`, and a
    signal sent from another process. The embedded runner is for trusted
    code."""
    import _signal
    import posix

    def refuse(what):
        def refused(*args, **kwargs):
            raise ProcessExit("%s%r would end the judge's own process (embedded runner)" % (what, args))

        return refused

    real_kill, real_killpg = posix.kill, posix.killpg
    real_pthread_kill = _signal.pthread_kill
    me, my_group = posix.getpid(), posix.getpgrp()

    def kill(pid, sig):
        if sig and pid in (0, me, -my_group):
            raise ProcessExit("os.kill%r would signal the judge's own process (embedded runner)" % ((pid, sig),))
        return real_kill(pid, sig)

    def killpg(pgid, sig):
        if sig and pgid in (0, my_group):
            raise ProcessExit("os.killpg%r would signal the judge's own process (embedded runner)" % ((pgid, sig),))
        return real_killpg(pgid, sig)

    def pthread_kill(thread_id, sig):
        if sig:
            raise ProcessExit("signal.pthread_kill%r would signal the judge's own process (embedded runner)"
                              % ((thread_id, sig),))
        return real_pthread_kill(thread_id, sig)

    modules = [posix, os]
    for module in modules:
        module._exit = refuse("os._exit")
        module.abort = refuse("os.abort")
        module.kill = kill
        module.killpg = killpg
    signals = [_signal]
    if "signal" in sys.modules:
        signals.append(sys.modules["signal"])
    for module in signals:
        module.raise_signal = refuse("signal.raise_signal")
        module.pthread_kill = pthread_kill
