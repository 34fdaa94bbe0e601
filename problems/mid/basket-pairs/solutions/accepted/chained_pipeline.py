import heapq
from collections import Counter
from functools import partial
from itertools import chain, combinations

pairs_of = partial(combinations, r=2)


def frequent_pairs(baskets, k):
    pairs = chain.from_iterable(map(pairs_of, map(sorted, map(set, baskets))))
    counts = Counter(pairs)
    # the k smallest by (-count, pair): O(P log k), not a full sort
    return heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
