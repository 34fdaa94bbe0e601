# WRONG: after sorting by end, checks each meeting against the meeting just
# before it in sorted order instead of against the last one actually taken.
# (1, 3), (2, 4), (3, 5): (3, 5) is compared with the skipped (2, 4) and
# dropped, although it fits after (1, 3).
def max_meetings(meetings):
    ordered = sorted(meetings, key=lambda m: m[1])
    count = 0
    for i, (start, end) in enumerate(ordered):
        if i == 0 or start >= ordered[i - 1][1]:
            count += 1
    return count
