# MISTAKE: get() does not make the key the most recently used, so the cache
# evicts in order of insertion (FIFO), not least recently used.
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
