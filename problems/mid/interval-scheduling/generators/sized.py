"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of meetings: starts anywhere in [-10^9, 10^9), lasting 1
to 10^7, every tenth about a tenth of the whole span, as [start, end]
pairs (the driver makes them tuples). Accepted solutions sort: O(n log
n). quadratic_dp (time_limit_exceeded) looks at every earlier meeting for
each one: quadratic. Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    meetings = []
    for i in range(n):
        start = rng.randrange(-10**9, 10**9 - 2 * 10**8)
        length = rng.randint(10**8, 2 * 10**8) if i % 10 == 0 else rng.randint(1, 10**7)
        meetings.append([start, start + length])
    return [meetings]
