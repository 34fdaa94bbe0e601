import functools


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        if key not in cache:
            try:
                cache[key] = (True, func(*args, **kwargs))
            except Exception as e:
                cache[key] = (False, e)  # remembers the failure for good
        ok, value = cache[key]
        if not ok:
            raise value
        return value

    wrapper.cache_clear = cache.clear
    return wrapper
