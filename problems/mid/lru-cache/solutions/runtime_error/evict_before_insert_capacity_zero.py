# CRASH: makes room before inserting a new key with popitem(last=False).
# That is right for capacity >= 1, but with capacity 0 the cache is "full"
# while empty, and popitem() on an empty OrderedDict raises KeyError out of
# put(), which should have returned None.
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
        elif len(self.data) >= self.capacity:
            self.data.popitem(last=False)      # KeyError when capacity == 0
        self.data[key] = value

    def __len__(self):
        return len(self.data)
