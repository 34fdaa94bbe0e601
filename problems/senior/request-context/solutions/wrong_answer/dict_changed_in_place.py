# MISTAKE: a ContextVar, but the dict in it is changed in place. A task's
# context is a copy of its parent's, and a shallow one: both hold the same
# dict, so what one task binds the others see. (The default dict, shared
# by every context, makes it worse.)
import contextlib
import contextvars

_fields = contextvars.ContextVar("log_fields", default={})


@contextlib.contextmanager
def bind(**fields):
    current_fields = _fields.get()
    saved = dict(current_fields)
    current_fields.update(fields)
    try:
        yield
    finally:
        current_fields.clear()
        current_fields.update(saved)


def current():
    return dict(_fields.get())
