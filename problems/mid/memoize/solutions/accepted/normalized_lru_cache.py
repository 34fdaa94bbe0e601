import functools


def memoize(func):
    # lru_cache(maxsize=None, typed=True) already keys by value and type and
    # stores None; it only tells f(a=1, b=2) from f(b=2, a=1). Passing the
    # keywords in sorted order makes every call of one shape look the same.
    cached = functools.lru_cache(maxsize=None, typed=True)(func)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        if len(kwargs) > 1:
            kwargs = dict(sorted(kwargs.items()))
        return cached(*args, **kwargs)

    wrapper.cache_clear = cached.cache_clear
    return wrapper
