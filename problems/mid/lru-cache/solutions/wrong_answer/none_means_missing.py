# MISTAKE: dict.get() returns None for a missing key, and the code takes None
# to mean "missing". A cached None is then answered with the caller's
# default, and its key is not marked as recently used.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        value = self.data.get(key)
        if value is None:
            return default
        self.data.move_to_end(key)
        return value

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    def __len__(self):
        return len(self.data)
