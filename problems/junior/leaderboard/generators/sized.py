"""Inputs of size n for measured complexity (problem.toml, [complexity]):
n entries with random points and minutes (many ties). Deterministic for a
seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    return [[["p%d" % i, rng.randint(0, 100), rng.randint(0, 300)] for i in range(n)]]
