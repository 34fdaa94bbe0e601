"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of words in the text: words drawn from a vocabulary of
n/4 random words (3 to 8 letters, a few of them non-ASCII, any case),
separated by spaces, punctuation, digits and line breaks, after K = 10 on
the first line. count_each (time_limit_exceeded) counts each distinct
word by scanning the whole list again: O(n * n/4), quadratic. The
accepted ones sort the n/4 distinct words: O(n log n), as the statement
says. Deterministic for a seed."""
import random

LETTERS = "abcdefghijklmnopqrstuvwxyzéïß"
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", " - ", "'", "1", " 42 ", "_"]


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    vocabulary = ["".join(rng.choice(LETTERS[:26] if rng.random() < 0.9 else LETTERS)
                          for _ in range(rng.randint(3, 8)))
                  for _ in range(max(1, n // 4))]
    parts = ["10\n"]
    for _ in range(n):
        w = rng.choice(vocabulary)
        r = rng.random()
        if r < 0.1:
            w = w.capitalize()
        elif r < 0.12:
            w = w.upper()
        parts.append(w)
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts) + "\n"
