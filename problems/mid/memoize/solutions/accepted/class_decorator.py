import functools

_MISSING = object()


class memoize:
    """A decorator class: each decorated function is an instance with its
    own cache."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.cache = {}

    def __call__(self, *args, **kwargs):
        key = self.make_key(args, kwargs)
        result = self.cache.get(key, _MISSING)
        if result is _MISSING:
            result = self.func(*args, **kwargs)
            self.cache[key] = result
        return result

    @staticmethod
    def make_key(args, kwargs):
        items = sorted(kwargs.items())  # names are unique: values never compared
        return (
            args,
            tuple(type(a) for a in args),
            tuple(items),
            tuple(type(v) for _, v in items),
        )

    def cache_clear(self):
        self.cache.clear()
