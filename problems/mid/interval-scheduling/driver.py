"""Calls max_meetings and checks that it left its argument alone.

A test either gives the meetings itself (args: [[(1, 4), (2, 3)]], each pair
a $tuple in the test file; a pair written as a list is made a tuple here), or asks for a large random list made from a seed
(kwargs: {"generate": {...}}, see make_meetings) so that the test file stays
small.
"""
import random
import struct


def make_meetings(n, seed, lo=0, span=10**9, max_len=10**6, long_every=0):
    """n meetings starting anywhere in [lo, lo + span) and lasting 1 to
    max_len. With long_every = k, every k-th meeting instead lasts about a
    tenth of the span (long meetings that start early tempt a greedy by
    start time)."""
    rng = random.Random(seed)
    raw = struct.unpack("<%dI" % (2 * n), rng.randbytes(8 * n))
    starts = [lo + r % span for r in raw[0::2]]
    ends = [s + 1 + r % max_len for s, r in zip(starts, raw[1::2])]
    if long_every:
        for i in range(0, n, long_every):
            ends[i] = starts[i] + span // 10 + raw[2 * i + 1] % (span // 10 + 1)
    return list(zip(starts, ends))


def run(solution, meetings=None, *, generate=None):
    if generate is not None:
        meetings = make_meetings(**generate)
    else:
        meetings = [tuple(m) for m in meetings]
    before = list(meetings)
    result = solution.max_meetings(meetings)
    if meetings != before:
        return "max_meetings changed the list it was given"
    return result
