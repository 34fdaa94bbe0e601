# WRONG: starts with "the room is free from time 0", which silently drops
# every meeting that starts before 0 (times may be negative).
def max_meetings(meetings):
    count = 0
    free_from = 0
    for start, end in sorted(meetings, key=lambda m: m[1]):
        if start >= free_from:
            count += 1
            free_from = end
    return count
