"""The large hidden test (gen_tests.py): a scenario of n objects.

n objects of the four kinds, each looked up twice (a miss, then a hit),
then every other one dropped, a collection, len, and one more lookup of
each survivor. The list_of_refs solution (time_limit_exceeded) scans every
entry on each lookup: quadratic. Deterministic for a seed.

Not a [complexity] generator: on a loaded machine the accepted solutions'
times grow faster than linearly from a few thousand objects on (every
object brings a weak reference, a callback and a garbage-collector
traversal), so a measured class would say more about the machine's
caches than about the solution."""
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
