from itertools import combinations


def frequent_pairs(baskets, k):
    sets = [set(b) for b in baskets]
    candidates = {pair for s in sets for pair in combinations(sorted(s), 2)}
    # every candidate pair looks at every basket again
    counts = {(a, b): sum(1 for s in sets if a in s and b in s) for a, b in candidates}
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
