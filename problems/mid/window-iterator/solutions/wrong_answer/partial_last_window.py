# MISTAKE: when the source runs out in the middle of a window, the items
# collected so far are returned as a last, shorter window ("chunk"
# thinking): Windows([1, 2, 3, 4, 5], 3, 2) ends with (5,) after (3, 4, 5).
class Windows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self.source = iter(iterable)
        self.size = size
        self.step = step
        self.buffer = []
        self.skip = 0
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        try:
            while self.skip:
                next(self.source)
                self.skip -= 1
            while len(self.buffer) < self.size:
                self.buffer.append(next(self.source))
        except StopIteration:
            self.done = True
            if self.buffer:
                return tuple(self.buffer)  # a partial window
            raise
        window = tuple(self.buffer)
        if self.step < self.size:
            del self.buffer[:self.step]
        else:
            self.buffer = []
            self.skip = self.step - self.size
        return window
