"""Forbidden builtins: problem.toml's `[rules] forbid` (docs/problem-format.md,
"Rules"). The harness calls `forbid` before the solution loads; the embedded
runner calls `unforbid` after the submission. Used by harness.py, which
re-exports them. Standard library only.
"""

import _thread
import os
import sys

import builtins as _builtins_module

# as in harness.py: the builtins as they were before any solution ran
__builtins__ = dict(_builtins_module.__dict__)

class ForbiddenCall(Exception):
    """Raised by a builtin the problem forbids."""


# Imports refused once builtins are forbidden (`forbid`): what could make
# a forbidden builtin again (another interpreter) or undo the removal
# (ctypes, the test modules of the C API).
_REFUSED_IMPORTS = frozenset(("ctypes", "_ctypes", "_xxsubinterpreters", "_xxinterpchannels", "_testcapi",
                              "_testinternalcapi", "_testbuffer", "_testmultiphase"))


def _py_sorted(iterable, /, *, key=None, reverse=False):
    """sorted() in Python (a stable merge sort), for the library code that
    needs it once the builtin is forbidden (see `_trusted_caller`)."""
    items = list(iterable)
    keys = items if key is None else [key(x) for x in items]
    order = list(range(len(items)))
    n, width = len(order), 1
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            a, b = order[lo:lo + width], order[lo + width:lo + 2 * width]
            i = j = 0
            while i < len(a) and j < len(b):
                if (keys[a[i]] < keys[b[j]]) if reverse else (keys[b[j]] < keys[a[i]]):
                    merged.append(b[j])
                    j += 1
                else:
                    merged.append(a[i])
                    i += 1
            merged.extend(a[i:])
            merged.extend(b[j:])
        order, width = merged, width * 2
    return [items[i] for i in order]


def _py_list_sort(self, /, *, key=None, reverse=False):
    self[:] = _py_sorted(self, key=key, reverse=reverse)


# what a forbidden name falls back to for trusted callers
_FALLBACKS = {"sorted": _py_sorted, "list.sort": _py_list_sort}

_getframe = sys._getframe
_get_ident = _thread.get_ident
# set by `forbid`: the harness's thread, and the files whose code is not
# the solution's (the standard library, the harness, the problem's driver)
_TRUSTED = {"thread": None, "prefixes": (), "files": frozenset()}


def _trusted_code(filename):
    return filename in _TRUSTED["files"] or filename.startswith(_TRUSTED["prefixes"])


def _trusted_caller(depth):
    """Whether the frames from `depth` out are none of the solution's: on
    the harness's thread, every frame is the standard library's, the
    harness's or the driver's, up to the bottom of the stack or to the body
    of a library module being imported (an import the solution started
    runs the module's code, not the solution's)."""
    if _get_ident() != _TRUSTED["thread"]:
        return False
    frame = _getframe(depth + 1)
    while frame is not None:
        code = frame.f_code
        if frame.f_back is None:
            return True  # the launcher, or the embedded runner's call
        if not _trusted_code(code.co_filename):
            return False
        back = frame.f_back
        if code.co_name == "<module>" and back.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return True


def _forbidden(name):
    shown = name + "()"
    fallback = _FALLBACKS.get(name)

    def forbidden(*args, **kwargs):
        if fallback is not None and _trusted_caller(1):
            return fallback(*args, **kwargs)
        raise ForbiddenCall("%s is not allowed in this problem" % shown)

    forbidden.__name__ = forbidden.__qualname__ = name.rpartition(".")[2]
    return forbidden


def forbid(names, keep=False, driver=None):
    """Replaces each named builtin (`sorted`) or method of a builtin type
    (`list.sort`) with a function that raises ForbiddenCall, before the
    solution loads, in every dict that holds it: the builtins module, the
    interpreter's copy of it (which `importlib.reload(builtins)` would
    restore), the harness's private copies, the type's own dict.

    The process runner (`keep` false): no reference to the original is
    left, so it is freed and nothing can reach it (not `gc`, not
    `__builtins__`, not `object.__subclasses__`); an audit hook, which
    cannot be removed, then refuses ctypes and other interpreters, which
    could make it again. The embedded runner (`keep` true) only replaces
    it in the builtins module and the type, and returns what `unforbid`
    puts back after the submission: its solutions are trusted.

    Library code keeps working: `sorted` and `list.sort` called by the
    standard library, the harness or the driver, with none of the
    solution's frames on the stack, run a Python version of themselves
    (`_trusted_caller`); any other forbidden name raises for everyone.

    A name that is not a builtin is the problem's error (ValueError)."""
    import gc

    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    _TRUSTED["thread"] = _get_ident()
    _TRUSTED["prefixes"] = (os.path.dirname(os.__file__) + os.sep, here, "<frozen ")
    _TRUSTED["files"] = frozenset([driver] if driver else [])
    kept = []
    for name in names:
        owner_name, _, attr = name.rpartition(".")
        if owner_name:
            owner = _builtins_module.__dict__.get(owner_name)
            if not isinstance(owner, type) or attr not in owner.__dict__:
                raise ValueError("forbid: %r is not a method of a builtin type" % name)
            holders = [gc.get_referents(owner.__dict__)[0]]
        else:
            if attr not in _builtins_module.__dict__:
                raise ValueError("forbid: %r is not a builtin" % name)
            owner = None
            holders = [_builtins_module.__dict__]
        original = holders[0][attr]
        guard = _forbidden(name)
        if not keep:
            holders = [r for r in gc.get_referrers(original) if type(r) is dict]
        for holder in holders:
            for key, value in list(holder.items()):
                if value is original:
                    holder[key] = guard
                    if keep:
                        kept.append((holder, key, original))
        if owner is not None:
            _type_modified(owner)
        if not keep:
            import sys as _sys

            # the local and getrefcount's argument: anything more is a
            # holder the harness does not know, and the rule would not hold
            if _sys.getrefcount(original) > 2:
                raise ValueError("forbid: %r is still reachable after its removal" % name)
        del original
    if names and not keep:
        _sys = sys

        def refuse(event, args):
            if event.startswith("ctypes.") or (event == "import" and args[0] in _REFUSED_IMPORTS):
                raise RuntimeError("%s is not allowed in a problem that forbids builtins" % event)
            # code that claims to be the library's, made by the solution
            if event == "compile" and isinstance(args[1], str) and _trusted_code(args[1]) \
                    and not _trusted_caller(1):
                raise RuntimeError("compiling code named %s is not allowed here" % args[1])
            if event == "code.__new__" and _trusted_code(args[1]) and not _trusted_caller(1):
                raise RuntimeError("making code named %s is not allowed here" % args[1])

        _sys.addaudithook(refuse)
    return kept


_RETIRED = []


def unforbid(kept):
    """Undoes `forbid(..., keep=True)`."""
    for holder, key, original in kept:
        # the guard stays alive: freeing a function that was in a builtin
        # type's dict crashed the embedded interpreter (3.11)
        _RETIRED.append(holder[key])
        holder[key] = original
        if isinstance(original, type(list.sort)):
            _type_modified(original.__objclass__)


def _type_modified(cls):
    """Tells CPython that a builtin type's dict changed (its method caches
    and specialized bytecode look there again)."""
    import ctypes

    ctypes.pythonapi.PyType_Modified(ctypes.py_object(cls))


