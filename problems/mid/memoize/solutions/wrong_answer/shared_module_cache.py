import functools

# one cache for the whole module: every decorated function reads and writes
# the same dict, so f(1) and g(1) collide
_cache = {}


def memoize(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        if key not in _cache:
            _cache[key] = func(*args, **kwargs)
        return _cache[key]

    wrapper.cache_clear = _cache.clear
    return wrapper
