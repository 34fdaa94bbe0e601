"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of operations after the constructor, with k = 10: adds of
runs with random names and scores (repeats and ties likely), and a top
every 50 operations. With k fixed, an accepted add costs O(log k), so the
whole is O(n). sort_everything (time_limit_exceeded) sorts every run so
far on every add: O(n^2 log n). Deterministic for a seed."""
import random

NAMES = ["ana", "bo", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo"]


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    ops = [["TopK", 10]]
    for i in range(1, n + 1):
        if i % 50 == 0:
            ops.append(["top"])
        else:
            ops.append(["add", rng.choice(NAMES), rng.randrange(-1000, 1000)])
    return ops
