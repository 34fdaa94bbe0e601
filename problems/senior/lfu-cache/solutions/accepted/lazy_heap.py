import heapq
import itertools


class LFUCache:
    """O(log n) per operation: a heap of (count, last use, key) with lazy
    deletion. Each use pushes a new entry; an entry that no longer matches
    its key's current (count, last use) is skipped when it reaches the top.
    The heap is rebuilt from the live entries when stale ones outnumber
    them, so it stays O(capacity)."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, count, last use]
        self.heap = []
        self.clock = itertools.count()

    def _use(self, key, entry):
        entry[1] += 1
        entry[2] = next(self.clock)
        heapq.heappush(self.heap, (entry[1], entry[2], key))
        if len(self.heap) > 2 * len(self.entries) + 16:
            self.heap = [(e[1], e[2], k) for k, e in self.entries.items()]
            heapq.heapify(self.heap)

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return None
        self._use(key, entry)
        return entry[0]

    def put(self, key, value):
        entry = self.entries.get(key)
        if entry is not None:
            entry[0] = value
            self._use(key, entry)
            return None
        if self.capacity <= 0:
            return None
        evicted = None
        if len(self.entries) >= self.capacity:
            while True:
                count, used, victim = heapq.heappop(self.heap)
                live = self.entries.get(victim)
                if live is not None and live[1] == count and live[2] == used:
                    break
            del self.entries[victim]
            evicted = victim
        entry = self.entries[key] = [value, 0, 0]
        self._use(key, entry)
        return evicted

    def size(self):
        return len(self.entries)
