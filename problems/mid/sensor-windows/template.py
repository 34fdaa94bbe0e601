def window_sums(readings, queries):
    """Return the sum of readings[start:stop] for each (start, stop) in
    `queries`, in order.

    readings: an iterator of n ints, 0 <= reading < 2**40 (one pass only;
    n is not given, and can be 3 million).
    queries: a list of (start, stop), 0 <= start <= stop <= n.

    Memory: 96 MB for the whole process, so keep the log compactly
    (a list of 3 million Python ints does not fit).
    """
    raise NotImplementedError
