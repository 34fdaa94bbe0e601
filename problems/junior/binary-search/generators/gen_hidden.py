#!/usr/bin/env python3
"""Writes tests/hidden.json for binary-search: boundary cases, small random
cases and one large case.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_hidden.py

Expected answers come from bisect.bisect_left; every case except the large
one is cross-checked against a brute force (count the elements < x).
"""
import json
import os
import random
from bisect import bisect_left

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, os.pardir, "tests", "hidden.json")
SEED = 20240918
BIG = 10**9


def brute(nums, queries):
    return [sum(1 for v in nums if v < x) for x in queries]


def case(name, nums, queries, note=None, check_brute=True):
    assert nums == sorted(nums) and all(-BIG <= v <= BIG for v in nums + queries)
    expected = [bisect_left(nums, x) for x in queries]
    if check_brute:
        assert expected == brute(nums, queries), name
    c = {"name": name, "args": [nums, queries], "expected": expected}
    if note:
        c["note"] = note
    return c


def random_case(rng, name, n, q, lo, hi):
    nums = sorted(rng.randint(lo, hi) for _ in range(n))
    queries = [rng.randint(lo - 2, hi + 2) for _ in range(q)]
    return case(name, nums, queries)


def cases():
    rng = random.Random(SEED)
    out = [
        case("empty-nums", [], [5, -3, 0], note="every answer is 0"),
        case("empty-queries", [1, 2, 3], []),
        case("one-element", [7], [6, 7, 8]),
        case("two-elements", [1, 2], [2, 3, 1, 0]),
        case("all-duplicates", [4] * 9, [4, 5, 3, 4]),
        case("below-all", [10, 20, 30, 40], [9, -BIG, 10]),
        case("above-all", [10, 20, 30], [31, BIG]),
        case("duplicates-at-both-ends", [2, 2, 2, 5, 9, 9, 9], [9, 2, 5, 3, 10, 1]),
        case("extremes-and-negatives", [-BIG, -BIG, -5, -5, 0, 3, BIG],
             [-5, -BIG, BIG, -6, 1, BIG - 1, -BIG + 1]),
        case("unsorted-repeated-queries", [1, 3, 5, 7, 9], [9, 1, 4, 4, 10, 0, 9, 6]),
        case("long-run-of-one-value", [0] + [6] * 40 + [8], [6, 7, 0, 8, 9, -1]),
    ]
    out.append(random_case(rng, "random-many-repeats", 40, 100, -3, 3))
    out.append(random_case(rng, "random-wide-values", 1000, 100, -BIG, BIG))

    # Large: 3*10^4 values, 1.5*10^4 queries. A scan from the start visits
    # ~2.3*10^8 elements in all; binary search ~2.3*10^5 steps.
    n, q = 30_000, 15_000
    nums = sorted(rng.randrange(0, 50_000) for _ in range(n))
    queries = [rng.randrange(-5, 50_005) for _ in range(q)]
    out.append(case("large-many-queries", nums, queries,
                    note="3*10^4 values, 1.5*10^4 queries: O(n) per query is too slow",
                    check_brute=False))
    return out


if __name__ == "__main__":
    tests = cases()
    with open(OUT, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(t, separators=(",", ":")) for t in tests))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(OUT), len(tests), os.path.getsize(OUT)))
