from collections import deque


class Windows:
    """A deque with maxlen=size holds the current window. The first window
    takes `size` items; each later one takes `step` more, and the deque
    drops what falls off its left end (for step > size that includes the
    items between two windows)."""

    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self._source = iter(iterable)
        self._window = deque(maxlen=size)
        self._needed = size      # items to take before the next window
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
                self._window.clear()
                raise
            self._window.append(item)
        self._needed = self._step
        return tuple(self._window)
