def memoize(func):
    """Decorator: cache func's results by the arguments of each call.

    Two calls share a cache entry when they pass the same positional
    arguments (equal and of the same type, position by position) and the
    same keyword arguments (same names; values equal and of the same type;
    the order they are written in does not matter). A hit returns the
    stored result without calling func. Every result is stored, None
    included; an exception is not (it propagates, and the next call tries
    again). An unhashable argument raises TypeError without calling func.

    The decorated function keeps func's __name__, __doc__ and __wrapped__,
    has its own cache, and has a cache_clear() method that empties it.
    """
    raise NotImplementedError("write your solution here")
