"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n operations on a cache of n/4 entries, keys from a range of 2n with a
skew (30% of the operations on a few hot keys): puts (70%), gets and a
few sizes. The cache fills early and then evicts on most insertions.
scan_for_victim (time_limit_exceeded) scans every entry per eviction:
quadratic. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    keys = max(2, 2 * n)
    hot = max(1, keys // 50)
    ops = [["LFUCache", max(1, n // 4)]]
    for _ in range(n):
        k = rng.randrange(hot) if rng.random() < 0.3 else rng.randrange(keys)
        r = rng.random()
        if r < 0.7:
            ops.append(["put", k, rng.randrange(10**6)])
        elif r < 0.97:
            ops.append(["get", k])
        else:
            ops.append(["size"])
    return ops
