# TOO SLOW: correct, but every operation walks the whole cache: to drop
# expired entries, and (on a put into a full cache) to find the least
# recently used entry with min(). O(capacity) per operation: on a full
# cache of thousands of entries and tens of thousands of operations that
# is a hundred million steps.
class TTLCache:
    def __init__(self, capacity, ttl):
        self.capacity = capacity
        self.ttl = ttl
        self.data = {}    # key -> [value, expires_at, last_used]
        self.tick = 0

    def _expire(self, now):
        for key in [k for k, e in self.data.items() if e[1] <= now]:
            del self.data[key]

    def _touch(self, key):
        self.tick += 1
        self.data[key][2] = self.tick

    def get(self, key, now):
        self._expire(now)
        if key not in self.data:
            return None
        self._touch(key)
        return self.data[key][0]

    def put(self, key, value, now):
        self._expire(now)
        evicted = None
        if key not in self.data and len(self.data) >= self.capacity:
            evicted = min(self.data, key=lambda k: self.data[k][2])
            del self.data[evicted]
        self.data[key] = [value, now + self.ttl, 0]
        self._touch(key)
        return evicted

    def size(self, now):
        self._expire(now)
        return len(self.data)
