from operator import itemgetter


def leaderboard(results):
    # Sort by the least important key first, then by the most important:
    # each sort is stable, so the later one keeps the earlier order among
    # its ties. reverse=True is stable too (ties keep their order).
    ranked = sorted(results, key=itemgetter(2))
    ranked.sort(key=itemgetter(1), reverse=True)
    return [r[0] for r in ranked]
