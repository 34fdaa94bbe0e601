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
"""

import itertools
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


def run(solution, lines, size, take=None, endless=False):
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
