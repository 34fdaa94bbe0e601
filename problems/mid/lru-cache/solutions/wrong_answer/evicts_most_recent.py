# MISTAKE: popitem() with its default last=True removes the NEWEST entry,
# so the cache evicts the most recently used key instead of the least.
# (It pops right after inserting, so the key just put is the one dropped.)
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
        if len(self.data) > self.capacity:
            self.data.popitem()          # should be popitem(last=False)

    def __len__(self):
        return len(self.data)
