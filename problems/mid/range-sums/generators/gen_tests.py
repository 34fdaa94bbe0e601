#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
range-sums.

Deterministic (fixed seeds, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Small cases are written out in full. The large cases only name a seed and a
size: driver.py builds the grid and the queries from them (make_input) and
compares the answer as a fingerprint. Expected answers come from the
reference below (a 2D prefix-sum table) and are cross-checked against a
brute force that adds up every rectangle cell by cell (with sum() on slices
for the large cases, where that check takes about a minute).
"""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 4242

_spec = importlib.util.spec_from_file_location("driver", os.path.join(ROOT, "driver.py"))
driver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(driver)


def reference(grid, queries):
    m = len(grid)
    n = len(grid[0]) if m else 0
    p = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            p[i + 1][j + 1] = grid[i][j] + p[i][j + 1] + p[i + 1][j] - p[i][j]
    return [0 if r1 > r2 or c1 > c2 else
            p[r2 + 1][c2 + 1] - p[r1][c2 + 1] - p[r2 + 1][c1] + p[r1][c1]
            for r1, c1, r2, c2 in queries]


def brute(grid, queries):
    out = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                total += grid[r][c]
        out.append(total)
    return out


def brute_sliced(grid, queries):
    """The same brute force, with the additions done by sum() on slices
    (which also gives 0 for r1 > r2 or c1 > c2): fast enough for the large
    cases."""
    return [sum(sum(row[c1:c2 + 1]) for row in grid[r1:r2 + 1]) for r1, c1, r2, c2 in queries]


def check_input(grid, queries):
    m = len(grid)
    n = len(grid[0]) if m else 0
    assert all(len(row) == n for row in grid)
    for q in queries:
        assert len(q) == 4
        r1, c1, r2, c2 = q
        assert 0 <= r1 < m and 0 <= r2 < m and 0 <= c1 < n and 0 <= c2 < n, q


def case(name, grid, queries, note=None):
    check_input(grid, queries)
    expected = reference(grid, queries)
    assert expected == brute(grid, queries) == brute_sliced(grid, queries), name
    c = {"name": name, "args": [grid, [{"$tuple": list(q)} for q in queries]],
         "expected": expected}
    if note:
        c["note"] = note
    return c


def generated_case(name, note, **spec):
    grid, queries = driver.make_input(**spec)
    check_input(grid, queries)
    answer = reference(grid, queries)
    assert answer == brute_sliced(grid, queries), name
    return {"name": name, "kwargs": {"generate": spec},
            "expected": driver.fingerprint(answer), "note": note}


# ---------------------------------------------------------------------------

def sample_cases():
    g1 = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    ex1 = case("example-1", g1, [(0, 0, 2, 2), (1, 1, 2, 2), (0, 1, 0, 1), (2, 0, 2, 2)])
    assert ex1["expected"] == [45, 28, 2, 24]
    g2 = [[3, -1], [-4, 10]]
    ex2 = case("example-2", g2, [(0, 0, 1, 1), (1, 0, 0, 1), (0, 1, 1, 0), (1, 1, 1, 1)])
    assert ex2["expected"] == [8, 0, 0, 10]
    ex3 = case("example-3", [], [])
    assert ex3["expected"] == []
    return [ex1, ex2, ex3]


def every_rectangle(m, n):
    return [(r1, c1, r2, c2) for r1 in range(m) for r2 in range(m)
            for c1 in range(n) for c2 in range(n)]


def random_grid(rng, m, n, lo, hi):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(m)]


def random_queries(rng, m, n, q, p_empty=0.15):
    out = []
    for _ in range(q):
        r1, r2 = sorted((rng.randrange(m), rng.randrange(m)))
        c1, c2 = sorted((rng.randrange(n), rng.randrange(n)))
        if rng.random() < p_empty:
            if rng.random() < 0.5 and r1 < r2:
                r1, r2 = r2, r1
            elif c1 < c2:
                c1, c2 = c2, c1
        out.append((r1, c1, r2, c2))
    return out


def hidden_cases():
    rng = random.Random(SEED)
    g34 = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
    cases = [
        case("single-cell", [[7]], [(0, 0, 0, 0)]),
        case("single-cell-negative", [[-5]], [(0, 0, 0, 0), (0, 0, 0, 0)]),
        case("empty-grid", [], []),
        case("rows-without-columns", [[], [], []], [],
             note="3 rows of width 0: no valid query exists"),
        case("no-queries", g34, []),
        case("whole-grid", g34, [(0, 0, 2, 3)]),
        case("every-single-cell", g34, [(r, c, r, c) for r in range(3) for c in range(4)]),
        case("last-row-and-column", g34,
             [(2, 3, 2, 3), (2, 0, 2, 3), (0, 3, 2, 3), (1, 2, 2, 3), (0, 0, 2, 3)],
             note="r2 and c2 are inclusive: the last row and column count"),
        case("first-row-and-column", g34,
             [(0, 0, 0, 0), (0, 0, 0, 3), (0, 0, 2, 0), (0, 0, 1, 1)]),
        case("reversed-rows-are-empty", g34, [(2, 0, 0, 3), (1, 1, 0, 2), (2, 3, 1, 3)],
             note="r1 > r2: empty, sum 0; not rows r2..r1"),
        case("reversed-columns-are-empty", g34, [(0, 3, 2, 0), (1, 2, 1, 1), (0, 1, 0, 0)]),
        case("reversed-both-are-empty", g34, [(2, 3, 0, 0), (1, 1, 0, 0)]),
        case("mixed-empty-and-full", g34,
             [(0, 0, 2, 3), (1, 0, 0, 3), (0, 0, 2, 3), (0, 2, 2, 1), (1, 1, 1, 1)]),
        case("one-row", [[4, -2, 9, 0, -7, 3]],
             [(0, 0, 0, 5), (0, 2, 0, 4), (0, 5, 0, 5), (0, 3, 0, 1), (0, 0, 0, 0)]),
        case("one-column", [[4], [-2], [9], [0], [-7], [3]],
             [(0, 0, 5, 0), (2, 0, 4, 0), (5, 0, 5, 0), (3, 0, 1, 0), (0, 0, 0, 0)]),
        case("all-negative", [[-3, -1, -4], [-1, -5, -9], [-2, -6, -5]],
             every_rectangle(3, 3)),
        case("zeros", [[0] * 5 for _ in range(4)], [(0, 0, 3, 4), (1, 1, 2, 2), (3, 4, 0, 0)]),
        case("cancelling-values", [[5, -5, 5], [-5, 5, -5]], every_rectangle(2, 3)),
        case("extreme-values", [[10**9, -10**9, 10**9], [10**9, 10**9, -10**9]],
             [(0, 0, 1, 2), (0, 0, 1, 0), (1, 0, 1, 1), (0, 1, 1, 1), (1, 2, 0, 2)]),
        case("same-query-repeated", g34, [(0, 1, 2, 2)] * 6),
        case("every-rectangle-4x3", random_grid(rng, 4, 3, -9, 9), every_rectangle(4, 3),
             note="all 144 (r1, c1, r2, c2), a third of them empty"),
    ]
    for i, (m, n) in enumerate([(5, 7), (7, 5), (1, 12), (12, 1), (6, 6)], 1):
        grid = random_grid(rng, m, n, -50, 50)
        cases.append(case("random-small-%d" % i, grid, random_queries(rng, m, n, 60)))
    for i, (m, n, q) in enumerate([(40, 60, 300), (60, 40, 300), (25, 25, 300)], 1):
        grid = random_grid(rng, m, n, -10**9, 10**9)
        cases.append(case("random-medium-%d" % i, grid, random_queries(rng, m, n, q)))
    return cases


def large_cases():
    return [
        generated_case("large-square", "320 x 320 grid, 15000 rectangles each at least half "
                       "the grid each way", rows=320, cols=320, queries=15000, seed=101,
                       shape="big"),
        generated_case("large-tall", "4000 x 32 grid of values up to 10^9, 15000 big "
                       "rectangles: O(rows) per query is too slow", rows=4000, cols=32,
                       queries=15000, seed=202, scale=7812500, shape="big"),
        generated_case("large-wide", "32 x 4000 grid, 15000 big rectangles", rows=32,
                       cols=4000, queries=15000, seed=303, shape="big"),
        generated_case("large-mixed", "300 x 300 grid, 15000 rectangles of any size, "
                       "about 1 in 10 empty", rows=300, cols=300, queries=15000, seed=404,
                       shape="mixed"),
    ]


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
    write("large.json", large_cases())
