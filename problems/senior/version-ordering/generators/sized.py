"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n distinct versions (releases of two to four numbers, a third of them
pre-releases, some with build metadata), put in a set and sorted.
constant_hash (time_limit_exceeded) makes every set insertion compare
with all the versions before it: quadratic. Deterministic for a seed."""
import random

WORDS = ["alpha", "beta", "rc", "dev", "pre", "x-1"]


def version(rng, i):
    # i makes every version distinct: it is the last release number.
    parts = [rng.randrange(4), rng.randrange(12)][:rng.randrange(1, 3)] + [i + 1]
    text = ".".join(map(str, parts))
    if rng.random() < 0.33:
        ids = [rng.choice(WORDS) if rng.random() < 0.5 else str(rng.randrange(20))
               for _ in range(rng.randrange(1, 4))]
        text += "-" + ".".join(ids)
    if rng.random() < 0.2:
        text += "+build.%d" % rng.randrange(100)
    return text


def versions(n, rng):
    texts = [version(rng, i) for i in range(n)]
    rng.shuffle(texts)
    return texts


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    texts = versions(n, rng)
    return [[["set", texts], ["sort", texts], ["max", texts]]]
