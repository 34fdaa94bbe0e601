import heapq


class TTLCache:
    """A dict kept in least-recently-used order (pop and re-insert moves a
    key to the end; dicts keep insertion order) plus a min-heap of
    (expiry, key) with lazy deletion: a heap entry whose expiry no longer
    matches the key's current one is stale and skipped. O(log n) per put,
    O(1) amortized per get."""

    def __init__(self, capacity, ttl):
        self.capacity = capacity
        self.ttl = ttl
        self.entries = {}   # key -> (value, expires_at), LRU first
        self.heap = []      # (expires_at, seq, key)
        self.seq = 0

    def _purge(self, now):
        heap, entries = self.heap, self.entries
        while heap and heap[0][0] <= now:
            expires, _, key = heapq.heappop(heap)
            entry = entries.get(key)
            if entry is not None and entry[1] == expires:
                del entries[key]

    def get(self, key, now):
        self._purge(now)
        entry = self.entries.pop(key, None)
        if entry is None:
            return None
        self.entries[key] = entry  # now the most recently used
        return entry[0]

    def put(self, key, value, now):
        self._purge(now)
        evicted = None
        if key in self.entries:
            del self.entries[key]
        elif len(self.entries) >= self.capacity:
            evicted = next(iter(self.entries))
            del self.entries[evicted]
        expires = now + self.ttl
        self.entries[key] = (value, expires)
        self.seq += 1
        heapq.heappush(self.heap, (expires, self.seq, key))
        return evicted

    def size(self, now):
        self._purge(now)
        return len(self.entries)
