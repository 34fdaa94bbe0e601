from heapq import heappush, heappushpop, nlargest


class TopK:
    """Push every run; once the table is full, heappushpop hands back the
    run that falls off (possibly the new one itself)."""

    def __init__(self, k):
        self._k = k
        self._table = []   # min-heap of (score, -arrival, name)
        self._n = 0

    def add(self, name, score):
        self._n += 1
        run = (score, -self._n, name)
        if len(self._table) < self._k:
            heappush(self._table, run)
            return True
        return heappushpop(self._table, run) is not run

    def top(self):
        return [(name, score) for score, _, name in nlargest(self._k, self._table)]
