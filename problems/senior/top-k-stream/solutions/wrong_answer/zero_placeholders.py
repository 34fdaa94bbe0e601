# MISTAKE: the table starts pre-filled with k placeholder runs of score 0,
# so that heap[0] always exists and add() needs no "is the table full?"
# branch. That silently assumes scores are positive: a negative score can
# never beat a placeholder, and a score of 0 can never tie its way in.
import heapq


class TopK:
    def __init__(self, k):
        self.heap = [(0, 0, "")] * k   # (score, -arrival, name); "" = empty slot
        self.count = 0

    def add(self, name, score):
        self.count += 1
        if score > self.heap[0][0]:
            heapq.heapreplace(self.heap, (score, -self.count, name))
            return True
        return False

    def top(self):
        return [(name, score) for score, _, name in sorted(self.heap, reverse=True)
                if name]
