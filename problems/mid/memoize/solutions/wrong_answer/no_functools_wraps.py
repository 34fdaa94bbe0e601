def memoize(func):
    cache = {}

    # forgets functools.wraps: the result is called "wrapper", has no
    # docstring and no __wrapped__
    def wrapper(*args, **kwargs):
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache_clear = cache.clear
    return wrapper
