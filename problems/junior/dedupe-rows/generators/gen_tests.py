#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for dedupe-rows.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from a set-based reference (tuples as keys). Every
case is cross-checked against a second, independent reference (repr() of
the key as a dict key), and every case of up to 5000 rows also against a
brute force (list membership, i.e. ==, the statement's definition).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20250305


def reference(rows, columns=None):
    seen, kept = set(), []
    for row in rows:
        cells = row if columns is None else [row[c] for c in columns]
        key = tuple(tuple(c) if isinstance(c, list) else c for c in cells)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def brute(rows, columns=None):
    kept, keys = [], []
    for row in rows:
        key = row if columns is None else [row[c] for c in columns]
        # list membership uses ==, the definition in the statement
        if key not in keys:
            keys.append(key)
            kept.append(row)
    return kept


def by_repr(rows, columns=None):
    first = {}
    for row in rows:
        cells = row if columns is None else [row[c] for c in columns]
        first.setdefault(repr(cells), row)
    return list(first.values())


def check_cell(c):
    if isinstance(c, list):
        assert all(type(x) in (int, str) for x in c), c
    else:
        assert c is None or type(c) in (int, str), c


def case(name, rows, columns="absent", expected=None, note=None):
    for row in rows:
        assert isinstance(row, list) and len(row) <= 10
        for c in row:
            check_cell(c)
    if columns == "absent":
        want = reference(rows)
        assert want == by_repr(rows), name
        assert len(rows) > 5000 or want == brute(rows), name
    else:
        assert columns is None or len(set(columns)) == len(columns)
        want = reference(rows, columns)
        assert want == by_repr(rows, columns), name
        assert len(rows) > 5000 or want == brute(rows, columns), name
    if expected is not None:
        assert want == expected, (name, want)
    c = {"name": name, "args": [rows]}
    if columns != "absent":
        c["kwargs"] = {"columns": columns}
    c["expected"] = want
    if note:
        c["note"] = note
    return c


def sample_cases():
    return [
        case("ints-and-letters", [[1, "a"], [2, "b"], [1, "a"], [1, "b"]],
             expected=[[1, "a"], [2, "b"], [1, "b"]]),
        case("city-year-columns",
             [["Oslo", 2023, 7], ["Lima", 2023, 4], ["Oslo", 2023, 9], ["Oslo", 2024, 7]],
             columns=[0, 1],
             expected=[["Oslo", 2023, 7], ["Lima", 2023, 4], ["Oslo", 2024, 7]]),
        case("tag-lists",
             [["ann", ["admin", "dev"]], ["bob", ["dev"]], ["ann", ["admin", "dev"]],
              ["ann", ["dev", "admin"]]],
             expected=[["ann", ["admin", "dev"]], ["bob", ["dev"]], ["ann", ["dev", "admin"]]]),
    ]


def hidden_cases(rng):
    cases = [
        case("no-rows", [], expected=[]),
        case("no-rows-with-columns", [], columns=[0], expected=[]),
        case("one-row", [[5, "x", None]]),
        case("empty-rows", [[], [], [1], [], [1]], expected=[[], [1]]),
        case("all-identical", [[7, "same"]] * 1 + [[7, "same"] for _ in range(9)]),
        case("no-duplicates-order-kept",
             [[9000 - 37 * i, "r%d" % (i % 4)] for i in range(40)],
             note="a set would scramble these"),
        case("duplicate-at-the-end", [[1], [2], [3], [4], [1]]),
        case("cell-order-matters", [[1, 2], [2, 1], [1, 2], [2, 1, 1]]),
        case("different-lengths", [[1, 2], [1, 2, None], [1], [1, 2], [None, 1, 2]]),
        case("int-vs-str", [[1], ["1"], [1], ["1"], [1, "1"], ["1", 1]],
             expected=[[1], ["1"], [1, "1"], ["1", 1]]),
        case("none-vs-string-none", [[None], ["None"], [None], [""], [None, None]]),
        case("comma-in-a-cell", [["a,b"], ["a", "b"], ["a,b"], ["a", "b"]],
             expected=[["a,b"], ["a", "b"]]),
        case("separators-in-cells",
             [["a|b", "c"], ["a", "b|c"], ["a", "b", "c"], ["a b", "c"], ["a\tb", "c"],
              ["a;b", "c"], ["a", "b", "c"]]),
        case("number-text-collision", [[12, 3], [1, 23], ["12", 3], [12, "3"], [123], ["12,3"]]),
        case("tag-order-matters",
             [["x", ["a", "b"]], ["x", ["b", "a"]], ["x", ["a", "b"]], ["x", ["a", "b", "b"]]]),
        case("tag-list-vs-scalars",
             [["x", ["a"]], ["x", "a"], ["x", []], ["x", None], ["x", ["a"]], ["x", [1, 2]],
              ["x", 1, 2], [[1, 2]], [1, 2], ["x", "a,b"], ["x", ["a", "b"]], ["x", [""]],
              ["x", ""]],
             note="a list cell is never equal to a scalar, nor to the same items spread out"),
        case("tag-numbers-vs-text", [["t", [1, 2]], ["t", ["1", "2"]], ["t", [1, 2]], ["t", [12]]]),
        case("empty-tag-lists", [[[]], [[]], [[], []], [None], [[""]]]),
        case("unicode-no-normalisation",
             [["café"], ["cafe\u0301"], ["café"], ["Straße"], ["STRASSE"], ["straße"],
              ["🙂", ["é"]], ["🙂", ["e\u0301"]], ["🙂", ["é"]]],
             note="composed and decomposed é differ; case matters"),
        case("big-ints", [[10 ** 30, -1], [10 ** 30 + 1, -1], [10 ** 30, -1], [-(10 ** 30), -1]]),
        case("columns-keep-first-row",
             [["u1", "x", 1], ["u2", "y", 2], ["u1", "z", 3], ["u2", "x", 4], ["u3", "x", 5]],
             columns=[0], expected=[["u1", "x", 1], ["u2", "y", 2], ["u3", "x", 5]]),
        case("columns-reversed-order",
             [["a", 1, "p"], ["b", 1, "q"], ["a", 1, "r"], ["a", 2, "s"], ["b", 1, "t"]],
             columns=[1, 0]),
        case("columns-empty-list", [["a", 1], ["b", 2], ["c", 3]], columns=[],
             expected=[["a", 1]], note="columns=[] is not columns=None"),
        case("columns-empty-list-one-row", [[None]], columns=[], expected=[[None]]),
        case("columns-none-explicit", [["a", 1], ["a", 2], ["a", 1]], columns=None,
             expected=[["a", 1], ["a", 2]]),
        case("columns-all", [[1, 2, 3], [1, 2, 4], [1, 2, 3]], columns=[0, 1, 2]),
        case("columns-on-tag-column",
             [["ann", ["dev"], 1], ["bob", ["dev"], 2], ["cy", ["ops"], 3], ["dan", ["dev", "ops"], 4],
              ["eve", ["ops"], 5], ["fay", [], 6], ["gus", [], 7]],
             columns=[1]),
        case("columns-ignore-tag-differences",
             [["ann", ["a"], 1], ["ann", ["b"], 1], ["ann", ["a"], 2]], columns=[0, 2]),
        case("columns-int-vs-str",
             [[1, "x"], ["1", "y"], [1, "z"], [None, "w"], ["None", "v"]], columns=[0]),
        case("columns-rows-of-different-lengths",
             [["k", 1], ["k", 1, "extra"], ["j"], ["k", 2, "x", "y"], ["j", None]], columns=[0]),
    ]

    # medium random cases, small alphabets so that duplicates are frequent
    def rand_cell(r):
        t = r.random()
        if t < 0.35:
            return r.randint(-3, 3)
        if t < 0.65:
            return r.choice(["a", "b", "1", "-1", "a,b", "None", "", "é"])
        if t < 0.75:
            return None
        return [r.choice([1, "1", "a", "b"]) for _ in range(r.randint(0, 2))]

    for i in range(1, 5):
        base = [[rand_cell(rng) for _ in range(rng.randint(0, 3))] for _ in range(60)]
        rows = [list(rng.choice(base)) for _ in range(400)]
        cases.append(case("random-small-%d" % i, rows))
    for i in range(1, 4):
        width = 4
        rows = [[rand_cell(rng) for _ in range(width)] for _ in range(300)]
        rows += [list(rng.choice(rows)) for _ in range(300)]
        rng.shuffle(rows)
        cols = rng.sample(range(width), rng.randint(1, 2))
        cases.append(case("random-columns-%d" % i, rows, columns=cols))
    return cases


def large_cases(rng):
    """One large case that O(n^2) list membership cannot finish in time.

    Phase 1: 18k distinct short rows. Phase 2: 18k copies of rows from the
    END of phase 1, so a list-membership scan walks almost the whole kept
    list for each of them (~5 * 10^8 list comparisons in all), while the
    test file stays small (short rows, half the input repeated).
    """
    distinct = 18000
    pool = [[a, b] for a in range(1000) for b in range(100)]
    rng.shuffle(pool)
    rows = pool[:distinct]
    for row in rows[::20]:
        row.append(rng.choice([["x"], ["x", "y"], ["y", "x"], [], None, "x"]))
    late = rows[-3000:]
    rows = rows + [list(rng.choice(late)) for _ in range(18000)]
    big = [case("large-repeats-of-late-rows", rows,
                note="18k distinct rows, then 18k copies of the last 3k of them")]
    # columns: (user, day) pairs, many repeats, the rest of the row varies
    rows = [["u%d" % rng.randint(0, 400), rng.randint(1, 7), rng.randint(0, 99)] for _ in range(3000)]
    big.append(case("medium-columns", rows, columns=[0, 1]))
    return big


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases(rng))
    write("large.json", large_cases(rng))
