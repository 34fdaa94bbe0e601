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
                except exceptions as exc:
                    if attempt == attempts:
                        # hides the real error behind a new one
                        raise RuntimeError(f"{func.__name__} failed {attempts} times") from exc
                sleep(wait)
                wait *= backoff

        return wrapper

    return decorator
