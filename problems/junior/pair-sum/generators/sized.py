"""Inputs of size n for measured complexity (problem.toml, [complexity]):
n numbers in a range small enough that pairs repeat, and a target among
the likely sums. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    nums = [rng.randrange(-500, 500) for _ in range(n)]
    return [nums, rng.randrange(-200, 200)]
