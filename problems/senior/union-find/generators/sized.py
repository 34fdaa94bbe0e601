"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of operations after the constructor, on n elements: half
of them union(0, i) for i in a random order (each joins one more element
to 0's set, and grows quick_union's chain from 0 by one), a fifth unions
of random pairs, the rest connected, size_of and count on random
elements. quick_find (time_limit_exceeded) relabels all n elements on
every union, quick_union walks the chain: both quadratic.
Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    n = max(n, 2)
    joins = list(range(1, n))
    rng.shuffle(joins)
    ops = [["DisjointSet", n]]
    for _ in range(n):
        r = rng.random()
        if r < 0.5 and joins:
            ops.append(["union", 0, joins.pop()])
        elif r < 0.7:
            ops.append(["union", rng.randrange(n), rng.randrange(n)])
        elif r < 0.9:
            ops.append(["connected", rng.randrange(n), rng.randrange(n)])
        elif r < 0.97:
            ops.append(["size_of", rng.randrange(n)])
        else:
            ops.append(["count"])
    return ops
