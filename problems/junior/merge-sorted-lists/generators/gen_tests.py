#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for merge-sorted-lists.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

A case's args are the two lists of values; the driver builds the linked
lists and reports {"values": [...], "from": "ab..."}. Expected results come
from a two-pointer merge on Python lists, cross-checked against a stable
sort of (value, list, position) for every case.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20250302


def reference(a, b):
    i = j = 0
    values, sources = [], []
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            values.append(b[j]); sources.append("b"); j += 1
        else:
            values.append(a[i]); sources.append("a"); i += 1
    values += a[i:]; sources += ["a"] * (len(a) - i)
    values += b[j:]; sources += ["b"] * (len(b) - j)
    return {"values": values, "from": "".join(sources)}


def brute(a, b):
    tagged = sorted([(v, 0, i) for i, v in enumerate(a)] + [(v, 1, i) for i, v in enumerate(b)])
    return {"values": [t[0] for t in tagged], "from": "".join("ab"[t[1]] for t in tagged)}


def case(name, a, b, note=None):
    assert a == sorted(a) and b == sorted(b), name
    expected = reference(a, b)
    assert expected == brute(a, b), name
    c = {"name": name, "args": [a, b], "expected": expected}
    if note:
        c["note"] = note
    return c


def sample_cases():
    cases = [
        case("interleaved-with-a-tie", [1, 4, 5], [1, 2, 6]),
        case("first-list-empty", [], [0, 3]),
        case("all-equal", [2, 2], [2]),
    ]
    assert cases[0]["expected"] == {"values": [1, 1, 2, 4, 5, 6], "from": "abbaab"}
    return cases


def rand_sorted(rng, n, lo, hi):
    return sorted(rng.randint(lo, hi) for _ in range(n))


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("both-empty", [], []),
        case("second-list-empty", [3, 8, 8], []),
        case("one-and-one", [2], [1]),
        case("one-and-one-equal", [7], [7]),
        case("single-a-before-long-b", [-5], [0, 1, 2, 3, 4]),
        case("single-a-after-long-b", [10], [0, 1, 2, 3, 4]),
        case("single-a-in-the-middle", [2], [0, 1, 2, 3, 4]),
        case("a-entirely-before-b", [1, 2, 3], [4, 5, 6, 7]),
        case("b-entirely-before-a", [4, 5, 6, 7], [1, 2, 3]),
        case("a-longer-tail", [1, 5, 9, 10, 11], [2, 3]),
        case("b-longer-tail", [1, 2], [0, 3, 4, 5, 6, 7]),
        case("ties-everywhere", [5, 5, 5], [5, 5]),
        case("ties-at-the-ends", [1, 3, 3, 9], [1, 3, 9, 9]),
        case("negatives", [-10, -3, 0], [-7, -3, -3, 2]),
        case("big-integers", [-10**18, 10**18], [-10**18, 0, 10**18]),
        case("duplicates-inside-each", [1, 1, 2, 2, 3], [2, 2, 2, 4]),
        case("alternating", list(range(0, 40, 2)), list(range(1, 40, 2))),
    ]
    for i in range(6):
        lo, hi = [(0, 3), (0, 10), (-100, 100), (0, 1), (-5, 5), (0, 10**6)][i]
        cases.append(case("random-%d" % (i + 1), rand_sorted(rng, rng.randint(0, 60), lo, hi),
                          rand_sorted(rng, rng.randint(0, 60), lo, hi)))
    cases.append(case("medium-unequal-lengths", rand_sorted(rng, 3000, 0, 500),
                      rand_sorted(rng, 200, 0, 500),
                      note="3200 nodes: deeper than the default recursion limit"))
    cases.append(case("large-random-with-ties", rand_sorted(rng, 15000, 0, 9999),
                      rand_sorted(rng, 15000, 0, 9999),
                      note="30k nodes; inserting b's nodes one by one from a's head is O(n*m)"))
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
