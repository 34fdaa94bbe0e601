import functools
import time


def retry(attempts, delay=0.1, backoff=2.0, exceptions=(Exception,), sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            last = None
            for _ in range(attempts):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    sleep(wait)  # also waits after the final failure
                    wait *= backoff
            raise last

        return wrapper

    return decorator
