# CRASH: top() builds the answer by index for exactly k places, assuming the
# table is always full. With fewer than k runs so far (k larger than the
# stream), ranked[i] raises IndexError.
import heapq


class TopK:
    def __init__(self, k):
        self.k = k
        self.heap = []
        self.count = 0

    def add(self, name, score):
        self.count += 1
        entry = (score, -self.count, name)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, entry)
            return True
        if score > self.heap[0][0]:
            heapq.heapreplace(self.heap, entry)
            return True
        return False

    def top(self):
        ranked = sorted(self.heap, reverse=True)
        return [(ranked[i][2], ranked[i][0]) for i in range(self.k)]
