"""Inputs of size n for measured complexity (problem.toml, [complexity]):
one call of n words drawn from n/64 words, and one of n more into a
caller's dict (the driver's arguments: calls, then no dicts).

The pool grows with n, as the words of a real text do: counting each
distinct word with `words.count` (time_limit_exceeded) is then quadratic,
as on the hidden tests. A pool of a fixed size would make it linear, only
slower by a constant. The pool stays a sixty-fourth of n so that the dict
stays small next to the list (a dict of n distinct words outgrows the CPU
caches as n doubles and bends an O(n) curve upwards). Deterministic for a
seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    pool = ["w%d" % i for i in range(max(20, n // 64))]
    first = [rng.choice(pool) for _ in range(n)]
    second = [rng.choice(pool) for _ in range(n)]
    return [[[first], [second, "total"]]]
