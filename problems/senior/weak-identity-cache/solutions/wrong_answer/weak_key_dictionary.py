# MISTAKE: WeakKeyDictionary lets objects die, but it looks keys up by ==
# and hash, not identity: two equal Points share one entry, and an
# unhashable Row cannot be a key (TypeError).
import weakref


class IdentityCache:
    def __init__(self, compute):
        self._compute = compute
        self._values = weakref.WeakKeyDictionary()

    def get(self, obj):
        try:
            return self._values[obj]
        except KeyError:
            value = self._values[obj] = self._compute(obj)
            return value

    def __len__(self):
        return len(self._values)
