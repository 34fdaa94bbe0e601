from contextlib import contextmanager
from copy import deepcopy


class Transaction:
    def __init__(self, store):
        self.store = store
        self.saved = []  # a stack: the same object may be entered again

    def __enter__(self):
        self.saved.append(deepcopy(self.store))
        return self.store

    def __exit__(self, exc_type, exc, tb):
        saved = self.saved.pop()
        if exc is None:
            return None
        for key in [k for k in self.store if k not in saved]:
            del self.store[key]
        self.store.update(saved)
        return None


@contextmanager
def suppress_and_log(*exc_types, log):
    entry = "ok"
    try:
        yield
    except BaseException as exc:
        swallowed = isinstance(exc, exc_types)
        entry = f"{'suppressed' if swallowed else 'failed'} {type(exc).__name__}: {exc}"
        if not swallowed:
            raise
    finally:
        log.append(entry)
