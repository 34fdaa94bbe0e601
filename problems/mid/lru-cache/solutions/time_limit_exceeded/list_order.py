# TOO SLOW: correct, but the usage order lives in a plain list. Every get and
# every update calls list.remove, which scans the list from the oldest end,
# and eviction is list.pop(0): O(capacity) per operation.
class LRUCache:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self.data = {}
        self.order = []                  # least recently used first

    def get(self, key, default=None):
        if key not in self.data:
            return default
        value = self.data[key]
        self.order.remove(key)
        self.order.append(key)
        return value

    def put(self, key, value):
        if self.capacity == 0:
            return
        if key in self.data:
            self.order.remove(key)
        elif len(self.data) == self.capacity:
            del self.data[self.order.pop(0)]
        self.data[key] = value
        self.order.append(key)

    def __len__(self):
        return len(self.data)
