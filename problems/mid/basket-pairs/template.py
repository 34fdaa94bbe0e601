def frequent_pairs(baskets, k):
    """Return the k pairs of items bought together most often.

    baskets: a list of baskets, each a list of item names (str); an item
    may appear more than once in a basket (it counts once).

    Returns a list of ((a, b), count) with a < b, most frequent first, ties
    by the pair in ascending order; at most k of them (k >= 0).
    """
    raise NotImplementedError
