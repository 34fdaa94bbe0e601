"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of virtual nodes V on the ring: a ring of 200 replicas
and n/200 nodes (at most 100, so n up to 20000), then n/2 lookups of
random file names, with one node removed and added back halfway. An
accepted lookup is a binary search: O(n log n) in all, with the ring
sorted. linear_scan (time_limit_exceeded) walks the ring on every lookup
and sort_on_every_lookup sorts it on every lookup: quadratic and worse.
Deterministic for a seed."""
import random

REPLICAS = 200


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    nodes = ["node-%d" % i for i in range(max(1, n // REPLICAS))]
    ops = [["HashRing", REPLICAS]] + [["add_node", node] for node in nodes]
    lookups = max(1, n // 2 - len(nodes) - 2)
    for i in range(lookups):
        if i == lookups // 2:
            gone = rng.choice(nodes)
            ops += [["remove_node", gone], ["add_node", gone]]
        name = "".join(rng.choice("abcdefghij/._0123") for _ in range(rng.randint(1, 20)))
        ops.append(["node_for", name])
    return ops
