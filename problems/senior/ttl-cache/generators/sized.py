"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of operations after the constructor: a cache of capacity
n/4 whose entries live n/2 ticks, then puts (half), gets and a few sizes
of keys from a range of n/2, the clock moving 0 to 2 ticks per operation.
Gets hit and miss, puts update, evict the least recently used and find
expired entries. list_lru and scan_every_entry (time_limit_exceeded) scan
every entry on every operation: quadratic. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    keys = max(2, n // 2)
    ops = [["TTLCache", max(1, n // 4), max(1, n // 2)]]
    now = 0
    for _ in range(n):
        now += rng.randrange(3)
        r = rng.random()
        k = "k%d" % rng.randrange(keys)
        if r < 0.5:
            ops.append(["put", k, rng.randrange(10**6), now])
        elif r < 0.95:
            ops.append(["get", k, now])
        else:
            ops.append(["size", now])
    return ops
