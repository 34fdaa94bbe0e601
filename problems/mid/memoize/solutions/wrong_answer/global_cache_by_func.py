import functools

# one cache for the module, keyed by function too: lookups are right, but
# cache_clear() on one function wipes every function's results
_cache = {}


def memoize(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (
            func,
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        if key not in _cache:
            _cache[key] = func(*args, **kwargs)
        return _cache[key]

    wrapper.cache_clear = _cache.clear
    return wrapper
