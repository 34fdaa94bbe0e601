# MISTAKE: purges dead entries by deleting from the dict while iterating
# over it: RuntimeError: dictionary changed size during iteration, as soon
# as there is a dead entry to delete.
import weakref


class IdentityCache:
    def __init__(self, compute):
        self._compute = compute
        self._entries = {}

    def get(self, obj):
        key = id(obj)
        entry = self._entries.get(key)
        if entry is not None and entry[0]() is obj:
            return entry[1]
        value = self._compute(obj)
        self._entries[key] = (weakref.ref(obj), value)
        return value

    def __len__(self):
        for key, (ref, _) in self._entries.items():
            if ref() is None:
                del self._entries[key]
        return len(self._entries)
