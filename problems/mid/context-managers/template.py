from contextlib import contextmanager


class Transaction:
    """Context manager: changes made to `store` (a dict) inside the block
    are kept if the block finishes, and undone if it raises.

    `with Transaction(store) as s:` gives `s is store`. On an exception,
    the store is restored in place to exactly what it was on entering
    (nested lists and dicts included), and the exception propagates.
    """

    def __init__(self, store):
        pass

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        pass


@contextmanager
def suppress_and_log(*exc_types, log):
    """Generator-based context manager that appends one entry to `log`
    for the block: "ok" if it finished, "suppressed Name: message" if it
    raised an instance of one of exc_types (which is swallowed), or
    "failed Name: message" if it raised anything else (which propagates).
    """
    raise NotImplementedError("write your solution here")
    yield
