#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for shared-rows.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

The expected groups follow from the layout alone (position i holds object
layout[i]); each case is cross-checked by building the grid as the driver
does and grouping by `is` pairwise (small cases) or by id().
"""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20261209

_spec = importlib.util.spec_from_file_location("driver", os.path.join(HERE, os.pardir, "driver.py"))
driver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(driver)


def reference(layout):
    groups = {}
    for i, k in enumerate(layout):
        groups.setdefault(k, []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def by_identity(rows, layout):
    objects = [list(r) for r in rows]
    grid = [objects[k] for k in layout]
    if len(grid) <= 2000:
        out, done = [], set()
        for i in range(len(grid)):
            if i in done:
                continue
            g = [j for j in range(i, len(grid)) if grid[j] is grid[i]]
            done.update(g)
            if len(g) > 1:
                out.append(g)
        return out
    groups = {}
    for i, row in enumerate(grid):
        groups.setdefault(id(row), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def case(name, rows, layout, note=None):
    assert all(0 <= k < len(rows) for k in layout)
    want = reference(layout)
    assert want == by_identity(rows, layout), name
    c = {"name": name, "args": [rows, layout], "expected": want}
    if note:
        c["note"] = note
    return c


def built(name, seed, n, objects, values, note=None):
    spec = {"seed": seed, "n": n, "objects": objects, "values": values}
    rows, layout = driver.make(spec)
    want = reference(layout)
    assert want == by_identity(rows, layout), name
    c = {"name": name, "kwargs": {"build": spec}, "expected": want}
    if note:
        c["note"] = note
    return c


def sample_cases():
    return [
        case("example-one-row-three-times", [[0, 0, 0]], [0, 0, 0]),
        case("example-three-equal-rows", [[0, 0, 0], [0, 0, 0], [0, 0, 0]], [0, 1, 2]),
        case("example-two-pairs", [[1, 2], [1, 2], [3]], [0, 1, 0, 2, 1]),
    ]


def hidden_cases(rng):
    cases = [
        case("empty-grid", [], []),
        case("one-row", [[5]], [0]),
        case("empty-rows-shared", [[]], [0, 0], note="two references to one empty list"),
        case("empty-rows-separate", [[], []], [0, 1], note="two empty lists: equal, not shared"),
        case("equal-rows-and-one-shared", [[7], [7], [7]], [0, 1, 2, 1]),
        case("shared-far-apart", [[1], [2], [3], [4]], [0, 1, 2, 3, 0], note="not next to each other"),
        case("interleaved-groups", [[1, 1], [1, 1]], [0, 1, 0, 1, 0, 1]),
        case("group-order-by-first-position", [[9], [8], [7]], [2, 0, 1, 0, 2, 1]),
        case("all-shared", [[1, 2, 3, 4, 5]], [0] * 12),
        case("all-separate-all-equal", [[0, 0, 0]] * 12, list(range(12)),
             note="[[0] * 3 for _ in range(12)]: nothing is shared"),
        case("big-ints", [[10 ** 20], [10 ** 20]], [0, 1, 1]),
        case("adjacent-and-distant", [[0], [0]], [0, 0, 1, 1, 0]),
    ]
    for i in range(1, 6):
        m = rng.randint(2, 15)
        rows = [[rng.randint(0, 2)] * rng.randint(0, 2) for _ in range(m)]
        layout = [rng.randrange(m) for _ in range(rng.randint(2, 40))]
        cases.append(case("random-%d" % i, rows, layout))
    return cases


def large_cases():
    return [
        built("large-mostly-separate", 1, 30000, 20000, 50,
              note="30000 positions, 20000 objects holding 50 different contents"),
        built("large-few-objects", 2, 100000, 300, 7, note="100000 positions, 300 objects"),
    ]


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases(rng) + large_cases())
