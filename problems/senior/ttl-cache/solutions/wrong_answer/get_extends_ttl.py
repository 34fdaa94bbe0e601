# MISTAKE: a get restarts the entry's life (expiry = now + ttl), like a
# sliding session timeout. The statement says only put does; with this, an
# entry that is read often never expires.
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity, ttl):
        self.capacity = capacity
        self.ttl = ttl
        self.lru = OrderedDict()
        self.expiry = OrderedDict()

    def _purge(self, now):
        expiry = self.expiry
        while expiry:
            key, expires = next(iter(expiry.items()))
            if expires > now:
                break
            del expiry[key]
            del self.lru[key]

    def get(self, key, now):
        self._purge(now)
        if key not in self.lru:
            return None
        self.lru.move_to_end(key)
        self.expiry[key] = now + self.ttl   # should not touch the expiry
        self.expiry.move_to_end(key)
        return self.lru[key]

    def put(self, key, value, now):
        self._purge(now)
        evicted = None
        if key in self.lru:
            self.lru.move_to_end(key)
            self.expiry.move_to_end(key)
        elif len(self.lru) == self.capacity:
            evicted, _ = self.lru.popitem(last=False)
            del self.expiry[evicted]
        self.lru[key] = value
        self.expiry[key] = now + self.ttl
        return evicted

    def size(self, now):
        self._purge(now)
        return len(self.lru)
