# Right, but finds the entry to evict by scanning every entry for the
# smallest (count, last use): O(capacity) per eviction, O(n^2) in all when
# the cache is large and evicts often.
import itertools


class LFUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, count, last use]
        self.clock = itertools.count()

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return None
        entry[1] += 1
        entry[2] = next(self.clock)
        return entry[0]

    def put(self, key, value):
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            entry[1] += 1
            entry[2] = next(self.clock)
            return None
        if self.capacity <= 0:
            return None
        evicted = None
        if len(self.entries) >= self.capacity:
            evicted = min(self.entries, key=lambda k: (self.entries[k][1], self.entries[k][2]))
            del self.entries[evicted]
        self.entries[key] = [value, 1, next(self.clock)]
        return evicted

    def size(self):
        return len(self.entries)
