# WRONG: the right greedy, but list.sort() reorders the caller's list, which
# the statement forbids (the caller may still need it in its own order).
def max_meetings(meetings):
    meetings.sort(key=lambda m: m[1])
    count = 0
    free_from = None
    for start, end in meetings:
        if free_from is None or start >= free_from:
            count += 1
            free_from = end
    return count
