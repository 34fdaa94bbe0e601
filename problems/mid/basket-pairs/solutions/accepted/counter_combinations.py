from collections import Counter
from itertools import combinations


def frequent_pairs(baskets, k):
    counts = Counter()
    for basket in baskets:
        counts.update(combinations(sorted(set(basket)), 2))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:k]
