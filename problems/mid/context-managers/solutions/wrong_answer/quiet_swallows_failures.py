import copy
from contextlib import contextmanager


class Transaction:
    def __init__(self, store):
        self.store = store
        self._snapshot = None

    def __enter__(self):
        self._snapshot = copy.deepcopy(self.store)
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
    except BaseException as exc:
        if isinstance(exc, exc_types):
            log.append(f"suppressed {type(exc).__name__}: {exc}")
        else:
            # logged, but not re-raised: returning from the generator
            # tells contextmanager the exception was handled
            log.append(f"failed {type(exc).__name__}: {exc}")
    else:
        log.append("ok")
