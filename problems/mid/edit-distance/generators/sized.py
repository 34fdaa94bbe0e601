"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the length of each string: a random word of n letters from a small
alphabet, and a copy of it with about a quarter of its letters changed,
deleted or inserted after. The table is n x n: O(n^2). plain_recursion
(time_limit_exceeded) is exponential and runs past the time limit from
the smallest size. Deterministic for a seed."""
import random

ALPHABET = "acgt"


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    a = [rng.choice(ALPHABET) for _ in range(n)]
    b = []
    for c in a:
        r = rng.random()
        if r < 0.08:
            b.append(rng.choice(ALPHABET))      # changed
        elif r < 0.16:
            continue                            # deleted
        elif r < 0.24:
            b += [c, rng.choice(ALPHABET)]      # inserted after
        else:
            b.append(c)
    b = b[:n] + [rng.choice(ALPHABET) for _ in range(n - len(b))]
    return ["".join(a), "".join(b)]
