import contextlib
import contextvars

# The fields bound in the current context. The dict in it is never changed
# in place: bind sets a new one, so a task's copy of the context (taken
# when the task is created) can never see another task's bindings.
_fields = contextvars.ContextVar("log_fields", default={})


@contextlib.contextmanager
def bind(**fields):
    token = _fields.set({**_fields.get(), **fields})
    try:
        yield
    finally:
        _fields.reset(token)


def current():
    return dict(_fields.get())
