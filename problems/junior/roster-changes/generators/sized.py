"""Inputs of size n for measured complexity (problem.toml, [complexity]):
two rosters of n names each, drawn with repeats from 3000 names of which
2000 are on both sides.

The pool is fixed on purpose: with n distinct names the sets outgrow the
CPU caches as n doubles, and the measured times then bend upwards like
O(n log n) although the work is O(n). Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    pool = ["m%d" % i for i in rng.sample(range(10 ** 9), 4000)]
    old_pool, new_pool = pool[:3000], pool[1000:]
    old = [rng.choice(old_pool) for _ in range(n)]
    new = [rng.choice(new_pool) for _ in range(n)]
    return [old, new]
