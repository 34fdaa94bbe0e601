# MISTAKE: threading.local isolates threads, but asyncio runs all its
# tasks in one thread: the tasks share the fields just as with a global.
import contextlib
import threading

_local = threading.local()


def _get():
    if not hasattr(_local, "fields"):
        _local.fields = {}
    return _local.fields


@contextlib.contextmanager
def bind(**fields):
    saved = _get()
    _local.fields = {**saved, **fields}
    try:
        yield
    finally:
        _local.fields = saved


def current():
    return dict(_get())
