# MISTAKE: drops expired entries in get() and size() but not in put(). A put
# into a cache that is "full" of partly expired entries then evicts the
# least recently used entry, even a live one, although dropping the
# expired entries would have made room (and may even report an expired
# key as evicted).
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
        return self.lru[key]

    def put(self, key, value, now):
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
