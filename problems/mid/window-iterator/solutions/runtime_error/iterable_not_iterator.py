# CRASH: makes Windows an iterable (its __iter__ is a generator) rather than
# an iterator: there is no __next__, so next(Windows(...)) raises
# TypeError: 'Windows' object is not an iterator. A for loop would work,
# which is why this is easy to miss.
from collections import deque


class Windows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self.iterable = iterable
        self.size = size
        self.step = step

    def __iter__(self):
        window = deque(maxlen=self.size)
        needed = self.size
        source = iter(self.iterable)
        while True:
            for _ in range(needed):
                try:
                    window.append(next(source))
                except StopIteration:
                    return
            needed = self.step
            yield tuple(window)
