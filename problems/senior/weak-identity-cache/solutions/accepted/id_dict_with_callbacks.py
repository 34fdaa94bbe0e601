import weakref


class IdentityCache:
    """Entries keyed by id(obj), each holding a weak reference to its object
    and the value. The reference's callback, run when the object is freed,
    removes the entry, so an id the allocator reuses for a new object never
    finds the old value. The callback holds the cache only weakly: the
    cache's own lifetime is not tied to its objects'."""

    def __init__(self, compute):
        self._compute = compute
        self._entries = {}  # id(obj) -> (weakref to obj, value)

    def get(self, obj):
        key = id(obj)
        entry = self._entries.get(key)
        if entry is not None and entry[0]() is obj:
            return entry[1]
        value = self._compute(obj)
        self._entries[key] = (weakref.ref(obj, self._remover(key)), value)
        return value

    def _remover(self, key):
        cache = weakref.ref(self)

        def remove(ref):
            live = cache()
            if live is None:
                return
            entry = live._entries.get(key)
            # Only this reference's own entry: never a newer one at the same id.
            if entry is not None and entry[0] is ref:
                del live._entries[key]
        return remove

    def __len__(self):
        return len(self._entries)
