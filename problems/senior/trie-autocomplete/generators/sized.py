"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of operations after the constructor: n/4 inserts of
random words (5 to 12 letters, weights with ties) first, then inserts
(a quarter, some of them re-weighting a stored word), suggests (two
thirds: a prefix of 3 to 6 letters of a stored word, or of a word never
stored, k from 1 to 5) and removes, so about n/2 words end up stored and
each suggest matches only a few. Then n/8 words under one prefix are
inserted and removed, and n/8 suggests ask for that prefix. An accepted
suggest only looks below its prefix, and an accepted remove takes dead
branches away: O(n) for all. scan_all_words (time_limit_exceeded) tests
every stored word on every suggest, and remove_keeps_dead_branches walks
every dead branch under the prefix on every suggest: both quadratic.
Deterministic for a seed."""
import random

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)

    def word():
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 12)))

    words = []
    ops = [["Autocomplete"]]
    for _ in range(n // 4):
        w = word()
        words.append(w)
        ops.append(["insert", w, rng.randrange(100)])
    while len(ops) <= n:
        r = rng.random()
        if r < 0.25 or not words:
            w = rng.choice(words) if words and rng.random() < 0.2 else word()
            words.append(w)
            ops.append(["insert", w, rng.randrange(100)])
        elif r < 0.92:
            source = rng.choice(words) if rng.random() < 0.9 else word()
            ops.append(["suggest", source[: rng.randint(3, 6)], rng.randint(1, 5)])
        else:
            ops.append(["remove", rng.choice(words)])
    dead = sorted({"zq" + word() for _ in range(n // 8)})
    ops.extend(["insert", w, 1] for w in dead)
    ops.extend(["remove", w] for w in dead)
    ops.extend(["suggest", "zq", 3] for _ in dead)
    return ops
