from collections import OrderedDict


class LRUCache:
    """An OrderedDict kept in usage order: least recently used first."""

    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0, got %r" % (capacity,))
        self._capacity = capacity
        self._data = OrderedDict()

    def get(self, key, default=None):
        data = self._data
        if key not in data:
            return default
        data.move_to_end(key)
        return data[key]

    def put(self, key, value):
        data = self._data
        if key in data:
            data.move_to_end(key)
        data[key] = value
        if len(data) > self._capacity:
            data.popitem(last=False)     # the least recently used

    def __len__(self):
        return len(self._data)
