import heapq


class TopK:
    """A min-heap of the k best runs, keyed (score, -arrival).

    The root is the entry that ranks last: the lowest score, and among
    equal lowest scores the one added last. Keys are unique (arrival
    numbers are), so names are never compared.
    """

    def __init__(self, k):
        self.k = k
        self._heap = []
        self._arrivals = 0

    def add(self, name, score):
        self._arrivals += 1
        entry = (score, -self._arrivals, name)
        if len(self._heap) < self.k:
            heapq.heappush(self._heap, entry)
            return True
        # a tie with the last entry does not get in: the new run arrived later
        if score > self._heap[0][0]:
            heapq.heapreplace(self._heap, entry)
            return True
        return False

    def top(self):
        return [(name, score) for score, _, name in sorted(self._heap, reverse=True)]
