import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        cached = cache.get(key)
        if cached:  # None, 0, "", [] and False all look like a miss
            return cached
        result = func(*args, **kwargs)
        cache[key] = result
        return result

    wrapper.cache_clear = cache.clear
    return wrapper
