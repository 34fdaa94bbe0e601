"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of operations after the constructor: pushes of random
values, each followed by get_min, with an occasional top or pop, so that
the stack grows to about n/3. min_scan (time_limit_exceeded) scans the
whole stack on every get_min: quadratic. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    ops = [["MinStack"]]
    size = 0
    while len(ops) <= n:
        r = rng.random()
        if size and r < 0.1:
            ops.append(["pop"])
            size -= 1
        elif size and r < 0.2:
            ops.append(["top"])
        else:
            ops.append(["push", rng.randrange(-10**6, 10**6)])
            size += 1
            ops.append(["get_min"])
    return ops[: n + 1]
