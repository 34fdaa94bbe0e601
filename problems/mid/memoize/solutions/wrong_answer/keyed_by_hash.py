import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        h = hash(key)  # "smaller keys": but different keys can share a hash
        if h not in cache:
            cache[h] = func(*args, **kwargs)
        return cache[h]

    wrapper.cache_clear = cache.clear
    return wrapper
