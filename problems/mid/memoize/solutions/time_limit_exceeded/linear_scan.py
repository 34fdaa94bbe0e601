import functools


def memoize(func):
    # the cache as a list of (hash, key, result) entries, scanned from the
    # front: right answers, but every call is O(number of entries)
    entries = []

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (
            tuple((type(a), a) for a in args),
            frozenset((k, type(v), v) for k, v in kwargs.items()),
        )
        h = hash(key)
        for eh, ek, value in entries:
            if eh == h and ek == key:
                return value
        result = func(*args, **kwargs)
        entries.append((h, key, result))
        return result

    wrapper.cache_clear = entries.clear
    return wrapper
