def max_meetings(meetings):
    # Sweep by start time. When the next meeting clashes with the one kept
    # last, keep whichever of the two ends earlier: the count stays the same
    # and the room frees up sooner. Equivalent to the earliest-end greedy.
    count = 0
    free_from = float("-inf")
    for start, end in sorted(meetings):
        if start >= free_from:
            count += 1
            free_from = end
        elif end < free_from:
            free_from = end
    return count
