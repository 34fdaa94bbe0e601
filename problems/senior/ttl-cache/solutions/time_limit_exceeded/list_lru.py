# TOO SLOW: keeps the recency order in a list. list.remove() (to move a key
# to the end on get and put) and list.pop(0) are O(n), and expired entries
# are found by scanning the list: O(capacity) per operation.
class TTLCache:
    def __init__(self, capacity, ttl):
        self.capacity = capacity
        self.ttl = ttl
        self.values = {}
        self.expires = {}
        self.order = []   # least recently used first

    def _expire(self, now):
        dead = [k for k in self.order if self.expires[k] <= now]
        for k in dead:
            self.order.remove(k)
            del self.values[k], self.expires[k]

    def get(self, key, now):
        self._expire(now)
        if key not in self.values:
            return None
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value, now):
        self._expire(now)
        evicted = None
        if key in self.values:
            self.order.remove(key)
        elif len(self.order) == self.capacity:
            evicted = self.order.pop(0)
            del self.values[evicted], self.expires[evicted]
        self.order.append(key)
        self.values[key] = value
        self.expires[key] = now + self.ttl
        return evicted

    def size(self, now):
        self._expire(now)
        return len(self.order)
