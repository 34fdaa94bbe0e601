# MISTAKE: Windows is written as a generator function instead of a class
# implementing __iter__ and __next__. The windows come out right, but
# Windows is not a class, and since a generator's body only starts on the
# first next(), Windows(items, 0) does not raise ValueError when it is
# called: the check runs too late.
from collections import deque
from itertools import islice


def Windows(iterable, size, step=1):
    if size < 1 or step < 1:
        raise ValueError("size and step must be at least 1")
    source = iter(iterable)
    window = deque(islice(source, size), maxlen=size)
    if len(window) < size:
        return
    yield tuple(window)
    while True:
        for _ in range(step):
            try:
                window.append(next(source))
            except StopIteration:
                return
        yield tuple(window)
