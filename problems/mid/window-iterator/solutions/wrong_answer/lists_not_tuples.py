# MISTAKE: yields each window as a list, not a tuple. Everything else
# (laziness, the protocol, the edge cases) is right.
from collections import deque


class Windows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self._source = iter(iterable)
        self._window = deque(maxlen=size)
        self._needed = size
        self._step = step
        self._exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._exhausted:
            raise StopIteration
        for _ in range(self._needed):
            try:
                item = next(self._source)
            except StopIteration:
                self._exhausted = True
                raise
            self._window.append(item)
        self._needed = self._step
        return list(self._window)
