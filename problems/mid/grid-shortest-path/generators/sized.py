"""Inputs of size n for measured complexity (problem.toml, [complexity]).

n is the number of cells: a grid of about sqrt(n) x sqrt(n) cells, a
quarter of them walls at random, S in the top left corner and E in the
bottom right one (usually reachable; -1 is a valid answer too). A search
from S explores most of the grid before it reaches E.
dijkstra_list_min (time_limit_exceeded) takes the minimum of a list of
all cells at every step: quadratic. mark_visited_on_dequeue and
dfs_all_paths (time_limit_exceeded) follow many paths to each cell:
exponential, over the time limit from the smallest size.
Deterministic for a seed."""
import math
import random


def make(n, seed):
    rng = random.Random(seed * 1_000_003 + n)
    rows = max(2, math.isqrt(n))
    cols = max(2, n // rows)
    grid = [["#" if rng.random() < 0.25 else "." for _ in range(cols)] for _ in range(rows)]
    grid[0][0] = "S"
    grid[rows - 1][cols - 1] = "E"
    return [["".join(row) for row in grid]]
