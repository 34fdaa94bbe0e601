# TOO SLOW: correct, with O(1) get, but each entry keeps the time it was last
# used and eviction searches all entries for the oldest time with min():
# O(capacity) for every put of a new key into a full cache.
import itertools


class LRUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self.data = {}
        self.last_used = {}
        self.clock = itertools.count()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        value = self.data[key]
        self.last_used[key] = next(self.clock)
        return value

    def put(self, key, value):
        if self.capacity == 0:
            return
        if key not in self.data and len(self.data) == self.capacity:
            oldest = min(self.last_used, key=self.last_used.get)
            del self.data[oldest], self.last_used[oldest]
        self.data[key] = value
        self.last_used[key] = next(self.clock)

    def __len__(self):
        return len(self.data)
