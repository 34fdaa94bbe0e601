# WRONG: greedy by start time. A long meeting that starts first is taken and
# blocks several short ones that would have fitted in its place.
def max_meetings(meetings):
    count = 0
    free_from = float("-inf")
    for start, end in sorted(meetings):
        if start >= free_from:
            count += 1
            free_from = end
    return count
