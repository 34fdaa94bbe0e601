import time
from functools import wraps


def retry(attempts, delay=0.1, backoff=2.0, exceptions=(Exception,), sleep=time.sleep):
    if attempts < 1:
        raise ValueError(f"attempts must be >= 1, got {attempts}")

    def decorator(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(attempts):
                if attempt:
                    sleep(delay * backoff ** (attempt - 1))
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last = exc
            raise last

        return wrapper

    return decorator
