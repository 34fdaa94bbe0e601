"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is len(s): a palindrome of letters and digits in mixed case, with spaces
and punctuation at some mirrored places (which do not count). A
palindrome, so that no solution can stop early: reverse_in_loop
(time_limit_exceeded), which reverses the whole string for every
character, is then quadratic. Deterministic for a seed."""
import random

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    half = [rng.choice(ALNUM) for _ in range(n // 2)]
    for i in range(len(half)):
        if rng.random() < 0.1:
            half[i] = rng.choice(" ,.:!-'")
    middle = [rng.choice(ALNUM)] if n % 2 else []
    chars = half + middle + half[::-1]
    return ["".join(c.upper() if rng.random() < 0.5 else c for c in chars)]
