# MISTAKE: the weak reference's callback is a lambda that uses obj, so the
# closure holds obj strongly; the cache holds the reference, the reference
# holds the callback: the object is never freed, the weakref is for nothing.
import weakref


class IdentityCache:
    def __init__(self, compute):
        self._compute = compute
        self._entries = {}

    def get(self, obj):
        key = id(obj)
        if key in self._entries:
            return self._entries[key][1]
        value = self._compute(obj)
        ref = weakref.ref(obj, lambda r: self._entries.pop(id(obj), None))
        self._entries[key] = (ref, value)
        return value

    def __len__(self):
        return len(self._entries)
