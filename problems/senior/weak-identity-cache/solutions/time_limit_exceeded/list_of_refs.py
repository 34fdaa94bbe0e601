# Right, but a list of (weakref, value) pairs searched from the start on
# every get: O(n) per lookup, O(n^2) for n objects.
import weakref


class IdentityCache:
    def __init__(self, compute):
        self._compute = compute
        self._entries = []

    def get(self, obj):
        for ref, value in self._entries:
            if ref() is obj:
                return value
        value = self._compute(obj)
        self._entries.append((weakref.ref(obj), value))
        return value

    def __len__(self):
        self._entries = [(r, v) for r, v in self._entries if r() is not None]
        return len(self._entries)
