"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of nodes, with 3n directed edges: a chain 0 -> 1 -> ... ->
n-1 of light edges (weights 1 to 10), listed last to first, and 2n random
edges with weights from 10^6 to 10^9, so that the shortest paths follow
the chain. bellman_ford (time_limit_exceeded) then needs a pass over all
the edges per node of the chain, and quadratic_scan scans all n nodes for
the next one: both quadratic. relaxes_on_ties is only slower where equal
paths tie, which random weights rarely do: here it is no slower than the
accepted ones. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    chain = [[i, i + 1, rng.randint(1, 10)] for i in range(n - 1)][::-1]
    extra = [[rng.randrange(n), rng.randrange(n), rng.randint(10**6, 10**9)]
             for _ in range(2 * n)]
    edges = extra[:n] + chain + extra[n:]
    return [n, edges, 0]
