# MISTAKE: on leaving, removes the keys it bound instead of restoring what
# was there: an inner bind of a key the outer one also bound deletes the
# outer value.
import contextlib
import contextvars

_fields = contextvars.ContextVar("log_fields", default={})


@contextlib.contextmanager
def bind(**fields):
    _fields.set({**_fields.get(), **fields})
    try:
        yield
    finally:
        _fields.set({k: v for k, v in _fields.get().items() if k not in fields})


def current():
    return dict(_fields.get())
