"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of courses: a random order of them in which each needs
the one before (so exactly one course is ready at a time, at a random
number), plus n/4 more prerequisites, each on a course earlier in that
order: a DAG with n - 1 + n/4 prerequisites. scan_for_ready
(time_limit_exceeded) scans from course 0 for the ready one at every
step: quadratic. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    order = list(range(n))
    rng.shuffle(order)
    prerequisites = [[order[i + 1], order[i]] for i in range(n - 1)]
    for _ in range(n // 4 if n > 2 else 0):
        i = rng.randrange(1, n)
        prerequisites.append([order[i], order[rng.randrange(i)]])
    rng.shuffle(prerequisites)
    return [n, prerequisites]
