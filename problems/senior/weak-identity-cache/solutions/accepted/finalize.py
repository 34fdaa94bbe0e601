import weakref


class IdentityCache:
    """weakref.finalize removes an object's entry when the object is freed;
    the finalizer holds the dict's pop method, never the object."""

    def __init__(self, compute):
        self._compute = compute
        self._values = {}  # id(obj) -> value, for live objects only

    def get(self, obj):
        key = id(obj)
        if key in self._values:
            return self._values[key]
        value = self._compute(obj)
        self._values[key] = value
        weakref.finalize(obj, self._values.pop, key, None)
        return value

    def __len__(self):
        return len(self._values)
