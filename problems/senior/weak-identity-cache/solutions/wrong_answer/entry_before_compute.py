# MISTAKE: puts the entry in place before calling compute (to "reserve"
# the slot), so when compute raises, a half-made entry with no value stays
# behind: len() counts it and the next get returns None instead of trying
# again.
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
        ref = weakref.ref(obj, lambda r, key=key: self._entries.pop(key, None))
        self._entries[key] = (ref, None)
        value = self._compute(obj)
        self._entries[key] = (ref, value)
        return value

    def __len__(self):
        return len(self._entries)
