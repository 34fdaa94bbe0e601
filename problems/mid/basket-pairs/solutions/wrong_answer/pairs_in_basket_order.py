from collections import Counter
from itertools import combinations


def frequent_pairs(baskets, k):
    counts = Counter()
    for basket in baskets:
        # deduplicated, but in the basket's order: ("b", "a") and ("a", "b")
        # are counted apart
        counts.update(combinations(dict.fromkeys(basket), 2))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
