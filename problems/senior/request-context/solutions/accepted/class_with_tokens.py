import contextvars
import types

_EMPTY = types.MappingProxyType({})
_fields = contextvars.ContextVar("log_fields", default=_EMPTY)


class bind:
    """A context manager class; a read-only mapping in the ContextVar makes
    changing it in place impossible rather than merely avoided. Each
    __enter__ pushes its token, so one bind object can even be entered
    again while it is active."""

    def __init__(self, **fields):
        self._fields = fields
        self._tokens = []

    def __enter__(self):
        merged = dict(_fields.get())
        merged.update(self._fields)
        self._tokens.append(_fields.set(types.MappingProxyType(merged)))
        return self

    def __exit__(self, *exc_info):
        _fields.reset(self._tokens.pop())
        return False


def current():
    return dict(_fields.get())
