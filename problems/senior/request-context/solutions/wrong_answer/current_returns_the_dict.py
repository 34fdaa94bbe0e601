# MISTAKE: current() hands out the context's own dict. A caller that adds
# a key to what it got (to log one extra field) changes the context.
import contextlib
import contextvars

_fields = contextvars.ContextVar("log_fields", default=None)


@contextlib.contextmanager
def bind(**fields):
    token = _fields.set({**(_fields.get() or {}), **fields})
    try:
        yield
    finally:
        _fields.reset(token)


def current():
    fields = _fields.get()
    if fields is None:
        fields = {}
        _fields.set(fields)
    return fields
