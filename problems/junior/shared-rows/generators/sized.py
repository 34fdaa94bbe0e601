"""Inputs of size n for measured complexity (problem.toml, [complexity]):
n positions holding 400 row objects (100 different contents), as the
driver's `rows` and `layout`.

A fixed number of objects keeps the groups' dict small: with n objects it
would outgrow the CPU caches as n doubles and the times would bend
upwards although the work is O(n). Deterministic for a seed."""
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    rows = [[k % 100] for k in range(400)]
    layout = [rng.randrange(400) for _ in range(n)]
    return [rows, layout]
