# TOO SLOW (never finishes on an infinite source): copies the whole input
# into a list first and then slices windows out of it. Fine on a list, but
# list(iterable) on an endless iterator never returns. (It is also not
# lazy: it takes everything from the source at creation.)
class Windows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("size and step must be at least 1")
        self.items = list(iterable)
        self.size = size
        self.step = step
        self.start = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.start + self.size > len(self.items):
            self.start = len(self.items) + 1   # stay exhausted
            raise StopIteration
        window = tuple(self.items[self.start:self.start + self.size])
        self.start += self.step
        return window
