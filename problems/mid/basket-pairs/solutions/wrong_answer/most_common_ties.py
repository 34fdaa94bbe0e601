from collections import Counter
from itertools import combinations


def frequent_pairs(baskets, k):
    counts = Counter()
    for basket in baskets:
        counts.update(combinations(sorted(set(basket)), 2))
    # ties come out in the order the pairs were first seen, not by pair
    return counts.most_common(k)
