# MISTAKE: keyed by id(obj), so objects are not kept alive, but nothing
# removes an entry when its object dies: len() counts the dead, the values
# leak, and a new object that gets a freed object's id gets its value.
class IdentityCache:
    def __init__(self, compute):
        self._compute = compute
        self._values = {}

    def get(self, obj):
        key = id(obj)
        if key not in self._values:
            self._values[key] = self._compute(obj)
        return self._values[key]

    def __len__(self):
        return len(self._values)
