"""Inputs of size n for measured complexity (problem.toml, [complexity]):
one call of n words drawn from 500 words, and one of n more into a
caller's dict (the driver's arguments: calls, then no dicts).

The 500-word pool keeps the dict small: with n distinct words it would
outgrow the CPU caches as n doubles and the times would bend upwards
although the work is O(n). Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    pool = ["w%d" % i for i in range(500)]
    first = [rng.choice(pool) for _ in range(n)]
    second = [rng.choice(pool) for _ in range(n)]
    return [[[first], [second, "total"]]]
