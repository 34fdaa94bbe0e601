# WRONG: uses > where >= is needed, so a meeting that starts exactly when
# the previous one ends is treated as a clash. The statement says the room
# is free again at the end time.
def max_meetings(meetings):
    count = 0
    free_from = None
    for start, end in sorted(meetings, key=lambda m: m[1]):
        if free_from is None or start > free_from:
            count += 1
            free_from = end
    return count
