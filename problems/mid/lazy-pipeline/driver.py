"""Feeds batched_records a line source that counts what is read from it,
and reports the solution's behaviour as values:

    {"is_iterator": bool,          # what the call returned is an iterator
     "read_at_call": int,          # lines read before the first next()
     "batches": [...],             # the batches received (as they are at the end)
     "read_after_batch": [...],    # lines read when each batch was received
     "error": None or "ValueError"}  # a ValueError ended the iteration

A ValueError raised before any line was read (a bad `size`, whether the
call or the first next() raises it) is reported as just {"error": name}.
Any other exception is the solution's own failure and propagates.

An endless feed sends KEEPALIVE lines forever once its data runs out, so a
solution that tries to read the whole feed never returns (time limit).

With `generated=N`, the feed is N lines "r<i>=<i*1000>" made as they are
read, the batches are consumed and dropped, and the report is
{"batches", "last", "read", "memory_bounded"}: whether the memory traced
(tracemalloc) at the peak stayed within MEMORY_BOUND_BYTES, as it does for
a solution that holds one batch at a time.
"""

import itertools
import tracemalloc
from collections.abc import Iterator

KEEPALIVE = "# keepalive"


class Feed:
    """An iterator over `lines` that counts the lines handed out."""

    def __init__(self, lines, endless):
        self._lines = lines
        self._endless = endless
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.read < len(self._lines):
            line = self._lines[self.read]
        elif self._endless:
            line = KEEPALIVE
        else:
            raise StopIteration
        self.read += 1
        return line


class GeneratedFeed:
    """`count` lines "r<i>=<i>", made one at a time (none held)."""

    def __init__(self, count):
        self._count = count
        self.read = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.read >= self._count:
            raise StopIteration
        self.read += 1
        return "r%d=%d" % (self.read, self.read * 1000)


# What the batches in flight may hold at their peak, beyond the one the
# caller holds: a few batches' worth for the tests' small sizes. A
# solution that keeps every record (or line) it has read holds megabytes.
MEMORY_BOUND_BYTES = 256 * 1024


def run_generated(solution, count, size):
    """The whole of a long feed, batch by batch, the caller keeping none:
    the memory traced at the peak says whether the solution holds one
    batch at a time, as the statement promises."""
    feed = GeneratedFeed(count)
    batches, last = 0, None
    tracemalloc.start()
    try:
        for batch in solution.batched_records(feed, size):
            batches += 1
            last = batch
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return {"batches": batches, "last": last, "read": feed.read,
            "memory_bounded": peak <= MEMORY_BOUND_BYTES}


def run(solution, lines, size, take=None, endless=False, generated=None):
    if generated is not None:
        return run_generated(solution, generated, size)
    feed = Feed(lines, endless)
    report = {"is_iterator": None, "read_at_call": None, "batches": [],
              "read_after_batch": [], "error": None}
    try:
        result = solution.batched_records(feed, size)
        report["is_iterator"] = isinstance(result, Iterator)
        report["read_at_call"] = feed.read
        batches = iter(result)
        if take is not None:
            batches = itertools.islice(batches, take)
        for batch in batches:
            # the batch object itself, not a copy: a solution that reuses
            # or clears a list it already yielded shows in the final report
            report["batches"].append(batch)
            report["read_after_batch"].append(feed.read)
    except ValueError as e:
        if feed.read == 0 and not report["batches"]:
            return {"error": type(e).__name__}
        report["error"] = type(e).__name__
    return report
