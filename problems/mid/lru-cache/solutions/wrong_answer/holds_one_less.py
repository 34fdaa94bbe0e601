# MISTAKE: off by one in the eviction test. It evicts once the cache has
# reached its capacity (>=) after inserting, so a cache of capacity c only
# ever holds c - 1 entries, and a capacity-1 cache holds nothing.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) >= self.capacity:    # should be >
            self.data.popitem(last=False)

    def __len__(self):
        return len(self.data)
