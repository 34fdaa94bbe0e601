# MISTAKE: a plain dict keyed by the object. The dict holds every object
# it has seen, so nothing it caches is ever freed (a memory leak: the
# program's documents live as long as the cache); equal objects share one
# entry; an unhashable object cannot be a key at all (TypeError).
class IdentityCache:
    def __init__(self, compute):
        self._compute = compute
        self._values = {}

    def get(self, obj):
        if obj not in self._values:
            self._values[obj] = self._compute(obj)
        return self._values[obj]

    def __len__(self):
        return len(self._values)
