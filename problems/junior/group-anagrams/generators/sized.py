"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is len(words): n/4 random base words of 3 to 10 letters, each word in
the list a shuffle of one of them in mixed case, so that there are about
n/4 groups. compare_with_every_group (time_limit_exceeded) compares each
word with every group so far: quadratic. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    letters = "abcdefghijklmnopqrstuvwxyz"
    bases = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10)))
             for _ in range(max(1, n // 4))]
    words = []
    for _ in range(n):
        w = list(rng.choice(bases))
        rng.shuffle(w)
        words.append("".join(c.upper() if rng.random() < 0.2 else c for c in w))
    return [words]
