"""Inputs of size n for measured complexity (problem.toml, [complexity]):
settings of n small dicts, each holding a list and a tuple, under 10 top
level groups, and a path to one of them (the driver's arguments:
settings, path, value). Deterministic for a seed.

problem.toml keeps n at most 3200: from about 4000 items on, the copies
(the solution's, and the driver's snapshot and edits) outgrow the CPU
caches and the times bend upwards like O(n log n) although the work is
O(n)."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    settings = {}
    for i in range(n):
        group = settings.setdefault("g%d" % (i % 10), [])
        group.append({"id": i, "tags": ["a", "b"], "size": (i, i + 1), "on": rng.random() < 0.5})
    last = "g%d" % rng.randrange(10)
    return [settings, [last, rng.randrange(len(settings[last])), "on"], True]
