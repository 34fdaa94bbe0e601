"""Inputs of size n for measured complexity (problem.toml, [complexity]):
n random ints, with repeats (stability is the driver's to check).
Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    return [[rng.randrange(n) for _ in range(n)]]
