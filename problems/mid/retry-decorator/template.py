import time


def retry(attempts, delay=0.1, backoff=2.0, exceptions=(Exception,), sleep=time.sleep):
    """Return a decorator that retries the decorated function.

    The function is called at most `attempts` times in all. When a call
    raises an instance of one of `exceptions` and attempts remain, wait
    with sleep(d) and try again; d starts at `delay` and is multiplied by
    `backoff` after each wait. When the last attempt fails, re-raise its
    exception; any other exception propagates at once. The decorated
    function keeps the original's __name__, __doc__ and __wrapped__.
    Raises ValueError if attempts < 1.
    """
    raise NotImplementedError("write your solution here")
