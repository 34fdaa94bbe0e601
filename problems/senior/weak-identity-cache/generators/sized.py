"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n objects of the four kinds, each looked up twice (a miss, then a hit),
then every other one dropped, a collection, len, and one more lookup of
each survivor. The list_of_refs solution (time_limit_exceeded) scans every
entry on each lookup: quadratic. Deterministic for a seed."""
import random

KINDS = ["Doc", "Point", "Row", "Node"]


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    steps = []
    names = ["o%d" % i for i in range(n)]
    for name in names:
        steps.append(["new", name, rng.choice(KINDS), rng.randrange(1000)])
        steps.append(["get", name])
    for name in names:
        steps.append(["get", name])
    for name in names[::2]:
        steps.append(["drop", name])
    steps += [["collect"], ["len"]]
    for name in names[1::2]:
        steps.append(["get", name])
    steps += [["calls"], ["len"]]
    return [steps]
