"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of rows of a tall grid of n x 8 ints, and the number of
queries: rectangles spanning at least half the rows and columns, about 1
in 20 empty (r1 > r2). Accepted solutions build a prefix table (8n cells)
and answer each query in O(1): O(n). row_prefix_sums and slice_and_sum
(time_limit_exceeded) add up every row of a rectangle: quadratic.
Deterministic for a seed."""
import random

COLS = 8


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    rows = max(1, n)
    grid = [[rng.randint(-10**9, 10**9) for _ in range(COLS)] for _ in range(rows)]
    queries = []
    for _ in range(n):
        r1 = rng.randrange(rows // 4 + 1)
        r2 = rows - 1 - rng.randrange(rows // 4 + 1)
        c1 = rng.randrange(COLS // 4 + 1)
        c2 = COLS - 1 - rng.randrange(COLS // 4 + 1)
        if rng.random() < 0.05:
            r1, r2 = r2, r1
        queries.append([r1, c1, r2, c2])
    return [grid, queries]
