"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of nodes, with 3n directed edges: a chain 0 -> 1 -> ... ->
n-1 of light edges (weights 1 to 10), listed last to first, and 2n random
edges with weights from 10^6 to 10^9, so that the shortest paths follow
the chain. bellman_ford (time_limit_exceeded) then needs a pass over all
the edges per node of the chain, and quadratic_scan scans all n nodes for
the next one: both quadratic. One zero-weight self loop (allowed: w >= 0,
self loops are edges) is where relaxes_on_ties, which relaxes on ties and
never skips a settled node, loops forever: it runs past the time limit at
the first size. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    chain = [[i, i + 1, rng.randint(1, 10)] for i in range(n - 1)][::-1]
    extra = [[rng.randrange(n), rng.randrange(n), rng.randint(10**6, 10**9)]
             for _ in range(2 * n)]
    edges = extra[:n] + chain + extra[n:] + [[n // 2, n // 2, 0]]
    return [n, edges, 0]
