"""Driver for window-iterator: exercises the solution's Windows class.

run(solution, mode, *args, **kwargs), where mode is one of:

"windows", items, size[, step]
    Windows(items, size[, step]) on the test's list or string itself (an
    iterable, not an iterator). Returns the windows, read with next().
"lazy", items, size[, step]
    The source is an iterator over items that counts what is taken from
    it. Returns {"created": taken after Windows(...) returned,
    "after_each_window": taken after each window, "at_end": taken once
    next() raised StopIteration}.
"protocol", items, size[, step]
    Returns {"is_class_instance", "iter_returns_self", "windows",
    "next_after_end": what three more next() calls gave ("StopIteration"
    or the value returned), "second_pass": what a for loop over the spent
    iterator yields}. The source here can yield again after it has run out
    (like a file that grows): a spent Windows must not look at it again.
"infinite", size, step, count
    The source yields "a".."z" over and over, forever. Takes `count`
    windows with next() and returns {"first": the first three, "last":
    the last one, "taken": items taken from the source}.
"invalid", size, step
    Windows([1, 2, 3], size, step) must raise ValueError at once; if it
    does not, returns "created without an error".
"memory", size, step, count
    The source yields 0, 1000, 2000, ... forever (each a new int). Takes
    `count` windows, keeping none, and returns {"windows": how many,
    "last": the last one, "taken": items taken, "memory_bounded": whether
    the memory traced (tracemalloc) at the peak stayed within
    MEMORY_BOUND_BYTES}: O(size) memory, as the statement promises, not
    every item ever taken.

Every loop is bounded, so a solution that never stops is a wrong answer
here, not a hang.
"""

import string
import tracemalloc

LETTERS = string.ascii_lowercase


class CountingSource:
    """An iterator over `items` that counts what is taken from it.

    cycle: yields the items over and over, forever.
    revive: after raising StopIteration once, starts again from the first
    item (a badly behaved source; a spent Windows must not notice).
    """

    def __init__(self, items, cycle=False, revive=False):
        self.items = items
        self.cycle = cycle
        self.revive = revive
        self.position = 0
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.cycle:
            item = self.items[self.position]
            self.position = (self.position + 1) % len(self.items)
        else:
            if self.position >= len(self.items):
                if self.revive:
                    self.position = 0
                raise StopIteration
            item = self.items[self.position]
            self.position += 1
        self.taken += 1
        return item


class Numbers:
    """0, 1000, 2000, ... forever: each item a new int object, so that
    keeping items costs memory."""

    def __init__(self):
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = self.taken * 1000
        self.taken += 1
        return item


# Far more than a window of the memory test (10 items) needs, with the
# interpreter's free lists of tuples full (~2000 of them, ~240 KiB);
# a solution that keeps every item it took holds megabytes.
MEMORY_BOUND_BYTES = 1024 * 1024


def _take(windows, limit):
    """next() until StopIteration, at most `limit` times."""
    out = []
    for _ in range(limit):
        try:
            out.append(next(windows))
        except StopIteration:
            break
    return out


def _outcome(windows):
    try:
        return next(windows)
    except StopIteration:
        return "StopIteration"


def run(solution, mode, *args, **kwargs):
    Windows = solution.Windows
    if mode == "windows":
        items = args[0]
        return _take(Windows(*args, **kwargs), len(items) + 2)
    if mode == "lazy":
        items, rest = args[0], args[1:]
        source = CountingSource(items)
        windows = Windows(source, *rest, **kwargs)
        report = {"created": source.taken, "after_each_window": []}
        for _ in range(len(items) + 2):
            try:
                next(windows)
            except StopIteration:
                break
            report["after_each_window"].append(source.taken)
        report["at_end"] = source.taken
        return report
    if mode == "protocol":
        items, rest = args[0], args[1:]
        limit = len(items) + 2
        windows = Windows(CountingSource(items, revive=True), *rest, **kwargs)
        return {
            "is_class_instance": isinstance(Windows, type) and isinstance(windows, Windows),
            "iter_returns_self": iter(windows) is windows,
            "windows": _take(windows, limit),
            "next_after_end": [_outcome(windows) for _ in range(3)],
            "second_pass": [w for w, _ in zip(windows, range(limit))],
        }
    if mode == "infinite":
        size, step, count = args
        source = CountingSource(LETTERS, cycle=True)
        got = _take(Windows(source, size, step), count)
        return {"first": got[:3], "last": got[-1] if got else None, "taken": source.taken}
    if mode == "invalid":
        size, step = args
        Windows([1, 2, 3], size, step)
        return "created without an error"
    if mode == "memory":
        size, step, count = args
        source = Numbers()
        last, taken_windows = None, 0
        tracemalloc.start()
        try:
            windows = Windows(source, size, step)
            for _ in range(count):
                last = next(windows)
                taken_windows += 1
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        return {"windows": taken_windows, "last": last, "taken": source.taken,
                "memory_bounded": peak <= MEMORY_BOUND_BYTES}
    raise ValueError("unknown mode %r" % (mode,))
