"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n baskets of 2 to 8 items drawn from 300 names, a few favourite items
much more often than the rest; k = 20. Accepted solutions count each
basket's pairs once: O(n). scan_baskets_per_pair (time_limit_exceeded)
looks at every basket for every distinct pair: about O(n^2) until the
distinct pairs run out. Deterministic for a seed."""
import random

# two-letter names keep the test files small
ITEMS = [a + b for a in "abcdefghijklmnop" for b in "abcdefghijklmnopqrst"][:300]


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    weights = [1.0 / (i + 1) for i in range(len(ITEMS))]
    baskets = [rng.choices(ITEMS, weights, k=rng.randint(2, 8)) for _ in range(n)]
    return [baskets, 20]
