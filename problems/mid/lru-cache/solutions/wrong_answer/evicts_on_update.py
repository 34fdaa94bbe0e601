# MISTAKE: put() makes room before checking whether the key is new. Updating
# a key in a full cache evicts the least recently used entry although
# nothing new is added, so the cache shrinks below its capacity.
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
        if self.capacity == 0:
            return
        if len(self.data) == self.capacity:    # even if key is already there
            self.data.popitem(last=False)
        self.data[key] = value
        self.data.move_to_end(key)

    def __len__(self):
        return len(self.data)
