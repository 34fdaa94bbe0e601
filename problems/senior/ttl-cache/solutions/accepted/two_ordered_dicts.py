from collections import OrderedDict


class TTLCache:
    """LRU cache whose entries also expire `ttl` after they were last put.

    Two orders are kept, both in O(1) per change:
      - self.lru: key -> value, least recently used first (get and put both
        move a key to the end);
      - self.expiry: key -> expiry time, earliest expiry first. Every entry
        lives for the same ttl and time never goes back, so expiry order is
        simply the order of the last put: a put moves the key to the end.
    Expired entries are dropped from the front of self.expiry before each
    operation; each entry is dropped at most once, so that is O(1)
    amortized.
    """

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
