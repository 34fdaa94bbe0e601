from operator import itemgetter


# Mistake: two stable sorts, but the most important key first: the second
# sort (by minutes) decides the order, and points only break its ties.
def leaderboard(results):
    ranked = sorted(results, key=itemgetter(1), reverse=True)
    ranked.sort(key=itemgetter(2))
    return [r[0] for r in ranked]
