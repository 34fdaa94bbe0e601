import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        result = cache.get(key)
        if result is None:  # a stored None is taken for a miss
            result = func(*args, **kwargs)
            cache[key] = result
        return result

    wrapper.cache_clear = cache.clear
    return wrapper
