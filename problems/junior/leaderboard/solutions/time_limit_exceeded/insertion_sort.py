# Correct and stable (an item moves only past strictly worse ones), but an
# insertion sort by hand: O(n^2) moves for n entries.
def leaderboard(results):
    ranked = []
    for r in results:
        key = (-r[1], r[2])
        i = len(ranked)
        ranked.append(r)
        while i > 0 and (-ranked[i - 1][1], ranked[i - 1][2]) > key:
            ranked[i] = ranked[i - 1]
            i -= 1
        ranked[i] = r
    return [r[0] for r in ranked]
