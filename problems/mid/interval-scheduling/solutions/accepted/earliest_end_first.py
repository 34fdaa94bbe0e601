def max_meetings(meetings):
    # Greedy: of the meetings that still fit, take the one that ends first;
    # it leaves the room free as early as possible. sorted() makes a new
    # list, so the caller's list is left alone.
    count = 0
    free_from = None
    for start, end in sorted(meetings, key=lambda m: m[1]):
        if free_from is None or start >= free_from:
            count += 1
            free_from = end
    return count
