from array import array
from itertools import accumulate


def window_sums(readings, queries):
    prefix = array("q", accumulate(readings, initial=0))
    last = len(prefix) - 1
    # reads stop as inclusive, like a closed interval
    return [prefix[min(stop + 1, last)] - prefix[start] if stop > start else 0 for start, stop in queries]
