import operator
from collections import Counter
from functools import reduce
from itertools import combinations


def frequent_pairs(baskets, k):
    per_basket = (Counter(combinations(sorted(set(b)), 2)) for b in baskets)
    # no initial value: reduce() of no baskets at all raises TypeError
    counts = reduce(operator.iadd, per_basket)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
