# MISTAKE: min-heap / max-heap mix-up. Scores are negated "to get a max-heap",
# then the table is trimmed with heappop, which removes the smallest key:
# the negated HIGHEST score. The table ends up holding the k lowest runs.
import heapq


class TopK:
    def __init__(self, k):
        self.k = k
        self.heap = []   # (-score, arrival, name)
        self.count = 0

    def add(self, name, score):
        self.count += 1
        entry = (-score, self.count, name)
        heapq.heappush(self.heap, entry)
        if len(self.heap) > self.k:
            dropped = heapq.heappop(self.heap)
            return dropped is not entry
        return True

    def top(self):
        return [(name, -neg) for neg, _, name in sorted(self.heap)]
