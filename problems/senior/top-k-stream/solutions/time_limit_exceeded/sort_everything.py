# TOO SLOW: keeps every run ever added and sorts all of them whenever it
# needs the table: O(n log n) per add and per top() after n runs, where a
# heap of k entries needs O(log k) per add. Right answers, but a long
# stream makes it quadratic.
class TopK:
    def __init__(self, k):
        self.k = k
        self.runs = []   # (name, score, arrival)

    def _table(self):
        ranked = sorted(self.runs, key=lambda run: (-run[1], run[2]))
        return ranked[:self.k]

    def add(self, name, score):
        run = (name, score, len(self.runs))
        self.runs.append(run)
        return run in self._table()

    def top(self):
        return [(name, score) for name, score, _ in self._table()]
