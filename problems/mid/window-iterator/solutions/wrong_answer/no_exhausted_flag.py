# MISTAKE: does not remember that it has finished. Each call after the
# end asks the source again; a source that can produce items again (a
# file that grows, a queue) makes the spent iterator come back to life,
# which the iterator protocol forbids: once next() has raised
# StopIteration it must keep raising it.
from collections import deque


class Windows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self._source = iter(iterable)
        self._window = deque(maxlen=size)
        self._needed = size
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        while self._needed:
            self._window.append(next(self._source))   # StopIteration passes through
            self._needed -= 1
        self._needed = self._step
        return tuple(self._window)
