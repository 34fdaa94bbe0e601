import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        # kwargs keeps the order the caller wrote: f(a=1, b=2) and
        # f(b=2, a=1) get two entries
        key = (
            tuple((type(a), a) for a in args),
            tuple((k, type(v), v) for k, v in kwargs.items()),
        )
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache_clear = cache.clear
    return wrapper
