# MISTAKE: keeps one item of look-ahead so that it always "knows" whether
# more items are coming. The windows are right, but the iterator takes an
# item from the source before it needs it: one as soon as it is created,
# and always one more than the windows returned so far require.
from collections import deque

_END = object()


class Windows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self._source = iter(iterable)
        self._window = deque(maxlen=size)
        self._needed = size
        self._step = step
        self._lookahead = next(self._source, _END)   # taken too early

    def __iter__(self):
        return self

    def __next__(self):
        for _ in range(self._needed):
            if self._lookahead is _END:
                raise StopIteration
            self._window.append(self._lookahead)
            self._lookahead = next(self._source, _END)
        self._needed = self._step
        return tuple(self._window)
