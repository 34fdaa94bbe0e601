from array import array
from itertools import accumulate


def window_sums(readings, queries):
    # 8 bytes per prefix sum, no Python int object per reading
    prefix = array("q", accumulate(readings, initial=0))
    return [prefix[stop] - prefix[start] for start, stop in queries]
