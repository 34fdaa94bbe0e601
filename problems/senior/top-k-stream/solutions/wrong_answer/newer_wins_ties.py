# MISTAKE: the heap key is (score, arrival) instead of (score, -arrival).
# Among equal scores the OLDEST run then sits at the root, so a new run
# that only ties the lowest score pushes the older one out (it should not
# get in), and top() lists tied runs newest first.
import heapq


class TopK:
    def __init__(self, k):
        self.k = k
        self.heap = []
        self.count = 0

    def add(self, name, score):
        self.count += 1
        entry = (score, self.count, name)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, entry)
            return True
        if entry > self.heap[0]:
            heapq.heapreplace(self.heap, entry)
            return True
        return False

    def top(self):
        return [(name, score) for score, _, name in sorted(self.heap, reverse=True)]
