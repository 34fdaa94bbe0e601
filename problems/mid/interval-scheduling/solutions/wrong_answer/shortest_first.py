# WRONG: greedy by length. Takes the shortest meetings first, each if it
# clashes with none taken so far. Looks sensible, but one short meeting can
# straddle two longer ones that would both fit: (1, 5), (4, 7), (6, 10)
# gives 1 instead of 2. The clash test is a binary search over the taken
# meetings, kept sorted, so it is fast enough.
from bisect import bisect_right, insort


def max_meetings(meetings):
    starts, ends = [], []   # the taken meetings, sorted (they never overlap)
    for start, end in sorted(meetings, key=lambda m: m[1] - m[0]):
        i = bisect_right(starts, start)
        if i > 0 and ends[i - 1] > start:
            continue        # the taken meeting just before overlaps
        if i < len(starts) and starts[i] < end:
            continue        # the taken meeting just after overlaps
        starts.insert(i, start)
        ends.insert(i, end)
    return len(starts)
