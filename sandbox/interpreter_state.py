"""The embedded runner's isolation between submissions.

One interpreter runs every submission of a judge process: what one
submission changes in it (new modules, changed module globals, patched
builtins, limits) is recorded before it runs and undone after.
"""

import os
import sys

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
