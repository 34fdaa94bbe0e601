# TOO SLOW: dynamic programming over meetings sorted by end. best[i] is the
# most meetings among the first i + 1 that can be held with meeting i last;
# it looks back over every earlier meeting: O(n^2). Correct answers.
def max_meetings(meetings):
    ordered = sorted(meetings, key=lambda m: m[1])
    best = []
    for i, (start, end) in enumerate(ordered):
        top = 0
        for j in range(i):
            if ordered[j][1] <= start and best[j] > top:
                top = best[j]
        best.append(top + 1)
    return max(best, default=0)
