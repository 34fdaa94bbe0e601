"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is len(s): a balanced string of n brackets, n/2 random openers of all
three kinds nested one inside the other, then their closers. The deep
nesting is what makes replace_pairs (time_limit_exceeded) quadratic: each
pass removes only the innermost pair. Deterministic for a seed."""
import random

CLOSER = {"(": ")", "[": "]", "{": "}"}


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    opens = [rng.choice("([{") for _ in range(n // 2)]
    return ["".join(opens) + "".join(CLOSER[c] for c in reversed(opens))]
