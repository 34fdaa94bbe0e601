import copy
from contextlib import contextmanager


class Transaction:
    def __init__(self, store):
        self.store = store
        self._snapshot = None

    def __enter__(self):
        # deep: the block may mutate lists and dicts inside the store
        self._snapshot = copy.deepcopy(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            # in place: whoever holds the dict must see the rollback
            self.store.clear()
            self.store.update(self._snapshot)
        self._snapshot = None
        return False  # never swallow the exception


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
