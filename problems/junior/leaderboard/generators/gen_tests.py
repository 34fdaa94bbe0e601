#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for leaderboard.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected values come from a stable sort with a tuple key; each case is
cross-checked with a sort that makes the input position an explicit key.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20261210


def reference(results):
    return [r[0] for r in sorted(results, key=lambda r: (-r[1], r[2]))]


def explicit(results):
    order = sorted(range(len(results)), key=lambda i: (-results[i][1], results[i][2], i))
    return [results[i][0] for i in order]


def case(name, results, note=None):
    names = [r[0] for r in results]
    assert len(set(names)) == len(names), name
    want = reference(results)
    assert want == explicit(results), name
    c = {"name": name, "args": [results], "expected": want}
    if note:
        c["note"] = note
    return c


def name_of(i):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        s = digits[i % 36] + s
        i //= 36
        if i == 0:
            return "p" + s


def sample_cases():
    return [
        case("example-1", [["ann", 50, 30], ["bob", 70, 45], ["cy", 50, 20]]),
        case("example-2-full-tie", [["zed", 10, 5], ["amy", 10, 5], ["kim", 10, 4]]),
    ]


def hidden_cases(rng):
    cases = [
        case("empty", []),
        case("one", [["solo", 0, 0]]),
        case("all-tied", [["d", 5, 5], ["b", 5, 5], ["c", 5, 5], ["a", 5, 5]],
             note="input order, which is neither sorted nor reversed by name"),
        case("all-tied-sorted-names", [["a", 1, 1], ["b", 1, 1], ["c", 1, 1]],
             note="reversing the list breaks even this one"),
        case("points-beat-minutes", [["fast", 10, 1], ["slow", 20, 300], ["mid", 15, 100]]),
        case("minutes-break-ties", [["x", 30, 50], ["y", 30, 10], ["z", 30, 30]]),
        case("zeros", [["a", 0, 0], ["b", 0, 300], ["c", 100, 0], ["d", 0, 0]]),
        case("already-ordered", [["a", 9, 1], ["b", 8, 1], ["c", 7, 1]]),
        case("reverse-ordered", [["a", 1, 9], ["b", 2, 8], ["c", 3, 7]]),
        case("case-of-names", [["bob", 3, 3], ["Bob", 3, 3], ["BOB", 3, 3], ["alice", 3, 3]],
             note="names play no part in the order"),
        case("numbers-as-names", [["10", 1, 1], ["9", 1, 1], ["100", 2, 1]]),
    ]
    for i in range(1, 7):
        n = rng.randint(5, 60)
        ids = rng.sample(range(36 ** 3), n)
        results = [[name_of(k), rng.randint(0, 5) * 10, rng.choice([5, 10, 15])] for k in ids]
        cases.append(case("random-many-ties-%d" % i, results))
    n = 20000
    ids = rng.sample(range(36 ** 4), n)
    results = [[name_of(k), rng.randint(0, 100), rng.randint(0, 300)] for k in ids]
    cases.append(case("large-random", results, note="20000 entries"))
    ids = rng.sample(range(36 ** 4), n)
    results = [[name_of(k), rng.randint(0, 100), rng.randint(0, 300)] for k in ids]
    results.sort(key=lambda r: (r[1], -r[2]))
    cases.append(case("large-worst-first", results,
                      note="20000 entries, from the last place to the first"))
    return cases


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
    write("hidden.json", hidden_cases(rng))
