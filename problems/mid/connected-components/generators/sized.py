"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of nodes, and there are n edges: nodes 1 .. n/2 each
joined to node 0 ([0, i], in a random order), and n/2 random edges among
the other half (self-loops and repeats possible), shuffled together.
quick_find (time_limit_exceeded) relabels all n nodes on every merge, and
union_find_no_compression grows a chain from node 0 that every [0, i]
walks: both quadratic. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    half = n // 2
    edges = [[0, i] for i in range(1, half + 1)]
    edges += [[rng.randrange(half, n), rng.randrange(half, n)] for _ in range(n - half)]
    rng.shuffle(edges)
    return [n, edges]
