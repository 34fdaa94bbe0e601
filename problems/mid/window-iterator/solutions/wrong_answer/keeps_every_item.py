class Windows:
    """Lazy, a real iterator, right windows; but every item taken stays in
    one growing list and each window is a slice of it: memory grows with
    the source, not O(size) (the statement's promise), and an endless
    source exhausts it."""

    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self._source = iter(iterable)
        self._seen = []
        self._start = 0
        self._size = size
        self._step = step
        self._exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._exhausted:
            raise StopIteration
        while len(self._seen) < self._start + self._size:
            try:
                self._seen.append(next(self._source))
            except StopIteration:
                self._exhausted = True
                raise
        window = tuple(self._seen[self._start:self._start + self._size])
        self._start += self._step
        return window
