class Windows:
    """A list buffer with the start of the next window, and a count of the
    items to throw away first (when step > size)."""

    _DONE = object()

    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError(f"size and step must be >= 1, got size={size}, step={step}")
        self.source = iter(iterable)
        self.size = size
        self.step = step
        self.buffer = []
        self.skip = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.source is self._DONE:
            raise StopIteration
        try:
            while self.skip:
                next(self.source)
                self.skip -= 1
            while len(self.buffer) < self.size:
                self.buffer.append(next(self.source))
        except StopIteration:
            self.source, self.buffer = self._DONE, []   # spent for good
            raise StopIteration from None
        window = tuple(self.buffer)
        if self.step < self.size:
            del self.buffer[:self.step]
        else:
            self.buffer = []
            self.skip = self.step - self.size
        return window
