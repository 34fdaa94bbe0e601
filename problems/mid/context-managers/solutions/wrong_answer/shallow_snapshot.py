import copy
from contextlib import contextmanager


class Transaction:
    def __init__(self, store):
        self.store = store
        self._snapshot = None

    def __enter__(self):
        # a shallow copy shares the inner lists and dicts with the store
        self._snapshot = self.store.copy()
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self._snapshot)
        return False


@contextmanager
def suppress_and_log(*exc_types, log):
    try:
        yield
    except exc_types as exc:
        log.append(f"suppressed {type(exc).__name__}: {exc}")
    except BaseException as exc:
        log.append(f"failed {type(exc).__name__}: {exc}")
        raise
    else:
        log.append("ok")
