# MISTAKE: after a window, drops the first `step` items of the buffer, but
# the buffer only ever holds `size` items: when step > size the items
# between two windows are never skipped. Windows("abcdefg", 2, 3) gives
# ('a','b'), ('c','d'), ('e','f') instead of ('a','b'), ('d','e').
class Windows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self.source = iter(iterable)
        self.size = size
        self.step = step
        self.buffer = []
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        while len(self.buffer) < self.size:
            try:
                self.buffer.append(next(self.source))
            except StopIteration:
                self.done = True
                raise
        window = tuple(self.buffer)
        del self.buffer[:self.step]   # at most `size` items go
        return window
