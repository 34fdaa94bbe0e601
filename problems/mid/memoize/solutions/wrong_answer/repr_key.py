import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        # repr tells 1, 1.0 and True apart and "handles" lists, but a list
        # argument should be refused (TypeError), and (1,) and (1.0,) are
        # equal tuples that should share an entry
        key = repr((args, sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache_clear = cache.clear
    return wrapper
