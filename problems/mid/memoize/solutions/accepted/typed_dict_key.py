import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        # Equal values of different types (1, 1.0, True) must not share an
        # entry, so each value's type is part of the key. frozenset makes
        # keyword order irrelevant and hashes everything up front, so an
        # unhashable argument fails before func runs.
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        try:
            return cache[key]
        except KeyError:
            pass
        result = func(*args, **kwargs)  # an exception leaves the cache alone
        cache[key] = result
        return result

    wrapper.cache_clear = cache.clear
    return wrapper
