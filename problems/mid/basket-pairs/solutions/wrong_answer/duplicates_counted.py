from collections import Counter
from itertools import combinations


def frequent_pairs(baskets, k):
    counts = Counter()
    for basket in baskets:
        # an item twice in a basket pairs with itself and counts twice
        counts.update(combinations(sorted(basket), 2))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
