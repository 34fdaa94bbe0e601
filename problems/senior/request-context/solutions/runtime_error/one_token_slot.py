# MISTAKE: keeps the token of the latest bind in one module-level stack
# shared by all tasks. When tasks interleave, a task pops another task's
# token, and ContextVar.reset refuses it: ValueError: <Token ...> was
# created in a different Context.
import contextlib
import contextvars

_fields = contextvars.ContextVar("log_fields", default={})
_tokens = []


@contextlib.contextmanager
def bind(**fields):
    _tokens.append(_fields.set({**_fields.get(), **fields}))
    try:
        yield
    finally:
        _fields.reset(_tokens.pop())


def current():
    return dict(_fields.get())
