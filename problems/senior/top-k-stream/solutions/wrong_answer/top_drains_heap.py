# MISTAKE: top() reads the table in order by popping the heap, which empties
# it: after the first top() the table is forgotten and the next runs are
# compared against an empty table.
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
        ranked = []
        while self.heap:
            score, _, name = heapq.heappop(self.heap)
            ranked.append((name, score))
        ranked.reverse()
        return ranked
