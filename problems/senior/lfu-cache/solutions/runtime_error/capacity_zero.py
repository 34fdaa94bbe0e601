# MISTAKE: no case for a cache of capacity 0: the first put finds the
# cache "full", and evicting from an empty bucket raises KeyError.
from collections import OrderedDict, defaultdict


class LFUCache:
    """O(1) per operation: each key's value and use count, and for every
    count an OrderedDict of its keys from least to most recently used. The
    smallest count in use is tracked: it can only grow by one when a key
    leaves its bucket, and it is 1 after an insertion."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.counts = {}
        self.buckets = defaultdict(OrderedDict)
        self.min_count = 0

    def _touch(self, key):
        count = self.counts[key]
        bucket = self.buckets[count]
        del bucket[key]
        if not bucket:
            del self.buckets[count]
            if self.min_count == count:
                self.min_count = count + 1
        self.counts[key] = count + 1
        self.buckets[count + 1][key] = None

    def get(self, key):
        if key not in self.values:
            return None
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.values[key] = value
            self._touch(key)
            return None
        evicted = None
        if len(self.values) >= self.capacity:
            bucket = self.buckets[self.min_count]
            evicted, _ = bucket.popitem(last=False)
            if not bucket:
                del self.buckets[self.min_count]
            del self.values[evicted]
            del self.counts[evicted]
        self.values[key] = value
        self.counts[key] = 1
        self.buckets[1][key] = None
        self.min_count = 1
        return evicted

    def size(self):
        return len(self.values)
