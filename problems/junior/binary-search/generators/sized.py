"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is len(nums) and len(queries): n sorted ints with repeats, and n queries
from a little below the smallest to a little above the largest, in any
order. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    nums = sorted(rng.randrange(2 * n) for _ in range(n))
    queries = [rng.randrange(-5, 2 * n + 5) for _ in range(n)]
    return [nums, queries]
