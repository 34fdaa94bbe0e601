import functools


def memoize(func):
    # typed=True and sorted keywords are right, but lru_cache's default
    # maxsize is 128: older results are evicted and computed again
    cached = functools.lru_cache(typed=True)(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if len(kwargs) > 1:
            kwargs = dict(sorted(kwargs.items()))
        return cached(*args, **kwargs)

    wrapper.cache_clear = cached.cache_clear
    return wrapper
