import functools
import time


def retry(attempts, delay=0.1, backoff=2.0, exceptions=(Exception,), sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except Exception:  # ignores `exceptions`: retries bugs too
                    if attempt == attempts:
                        raise
                sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
