# MISTAKE: no arrival number in the heap entries. They are (score, name)
# tuples, so Python breaks score ties by comparing names: top() lists tied
# runs in reverse alphabetical order instead of oldest first, and when a
# better run arrives the tied run that drops off is the alphabetically
# first one instead of the newest.
import heapq


class TopK:
    def __init__(self, k):
        self.k = k
        self.heap = []   # min-heap of (score, name)

    def add(self, name, score):
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, (score, name))
            return True
        if score > self.heap[0][0]:
            heapq.heapreplace(self.heap, (score, name))
            return True
        return False

    def top(self):
        return [(name, score) for score, name in sorted(self.heap, reverse=True)]
