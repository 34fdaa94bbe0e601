def max_meetings(meetings):
    """Return the largest number of meetings from `meetings` that can all
    take place in one room (an int; 0 for an empty list).

    meetings: a list of (start, end) tuples of ints with start < end, in no
    particular order. A meeting occupies the half-open interval [start, end):
    one that ends at time t and one that starts at t do not overlap.

    Must not modify `meetings`. Expected: O(n log n) time.
    """
    raise NotImplementedError
