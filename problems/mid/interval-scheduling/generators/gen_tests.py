#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
interval-scheduling.

Deterministic (fixed seeds, standard library only). Run from anywhere:

    python3 generators/gen_tests.py

Expected values come from the earliest-end greedy below. Every case with up
to 14 meetings is cross-checked against trying every subset, every case up
to 2000 meetings against an O(n^2) dynamic program, and the large
ones against a second O(n log n) method (a sweep by start time).

The large tests do not list their meetings: they give driver.py a seed
(kwargs {"generate": {...}}), and the driver builds the list with
make_meetings, imported here so that both sides build the same list.
"""
import itertools
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
sys.dont_write_bytecode = True  # no __pycache__ in the problem folder
sys.path.insert(0, ROOT)
from driver import make_meetings  # noqa: E402

SEED = 20251126


def greedy(meetings):
    count, free_from = 0, None
    for start, end in sorted(meetings, key=lambda m: m[1]):
        if free_from is None or start >= free_from:
            count, free_from = count + 1, end
    return count


def sweep_by_start(meetings):
    """A second O(n log n) method, to cross-check the large tests."""
    count, free_from = 0, float("-inf")
    for start, end in sorted(meetings):
        if start >= free_from:
            count, free_from = count + 1, end
        elif end < free_from:
            free_from = end
    return count


def brute(meetings):
    """The largest subset whose meetings pairwise do not overlap."""
    for k in range(len(meetings), 0, -1):
        for subset in itertools.combinations(meetings, k):
            ordered = sorted(subset)
            if all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:])):
                return k
    return 0


def dp(meetings):
    ordered = sorted(meetings, key=lambda m: m[1])
    best = []
    for start, end in ordered:
        best.append(1 + max([b for (s, e), b in zip(ordered, best) if e <= start], default=0))
    return max(best, default=0)


def answer(meetings):
    want = greedy(meetings)
    if len(meetings) <= 14:
        assert brute(meetings) == want, meetings
    if len(meetings) <= 2000:
        assert dp(meetings) == want, meetings
    return want


def case(name, meetings, note=None, expected=None):
    meetings = [list(m) for m in meetings]
    for s, e in meetings:
        assert isinstance(s, int) and isinstance(e, int) and -10**9 <= s < e <= 10**9
    want = answer([tuple(m) for m in meetings])
    if expected is not None:
        assert want == expected, (name, want, expected)
    # written as tuples, so that reports show the input as the statement does
    c = {"name": name, "args": [[{"$tuple": m} for m in meetings]], "expected": want}
    if note:
        c["note"] = note
    return c


def generated(name, note, **params):
    meetings = make_meetings(**params)
    assert all(-10**9 <= s < e <= 10**9 for s, e in meetings)
    want = greedy(meetings)
    assert sweep_by_start(meetings) == want, name
    return {"name": name, "args": [], "kwargs": {"generate": params},
            "expected": want, "note": note}


def sample_cases():
    return [
        case("example-1", [(1, 4), (2, 3), (3, 5), (7, 8)], expected=3,
             note="(2, 3), (3, 5), (7, 8): touching meetings fit"),
        case("example-2", [(0, 10), (1, 2), (2, 3), (3, 4), (5, 9)], expected=4,
             note="the long meeting that starts first is the one to leave out"),
        case("example-3", [], expected=0),
    ]


def hand_cases():
    return [
        case("one-meeting", [(5, 6)], expected=1),
        case("duplicates-among-others", [(1, 3), (1, 3), (3, 5), (3, 5), (5, 6)], expected=3),
        case("chain-of-touching", [(4, 5), (0, 1), (2, 3), (1, 2), (3, 4)], expected=5,
             note="each starts exactly when another ends"),
        case("negative-times", [(-10, -5), (-5, -1), (-3, 0), (0, 2)], expected=3),
        case("all-negative", [(-9, -8), (-7, -6), (-7, -2)], expected=2),
        case("long-first-blocks-short", [(0, 100), (1, 2), (3, 4), (5, 6)], expected=3),
        case("short-one-straddles-two", [(1, 5), (4, 7), (6, 10)], expected=2,
             note="the shortest meeting, (4, 7), overlaps both others"),
        case("skipped-meeting-is-not-the-last-taken", [(1, 3), (2, 4), (3, 5)], expected=2,
             note="(3, 5) must be compared with (1, 3), not with the skipped (2, 4)"),
        case("nested", [(0, 20), (1, 19), (2, 18), (3, 17), (4, 16)], expected=1),
        case("same-end-different-starts", [(1, 10), (5, 10), (9, 10), (10, 11)], expected=2),
        case("extreme-times", [(10**9 - 2, 10**9), (-10**9, 10**9 - 2), (0, 1)], expected=2),
        case("reverse-sorted", [(9, 10), (7, 9), (5, 8), (3, 6), (1, 4), (0, 2)], expected=4),
    ]


def random_cases(rng):
    cases = []
    # small: every subset is tried; tiny coordinates force ties and touching
    for k in range(1, 5):
        n = rng.randint(9, 14)
        span = [6, 10, 20, 15][k - 1]
        lo = -5 if k % 2 == 0 else 0
        ms = []
        for _ in range(n):
            s = rng.randint(lo, lo + span - 1)
            ms.append((s, s + rng.randint(1, max(1, span // 3))))
        cases.append(case("random-small-%d" % k, ms))
    # medium, against the O(n^2) dynamic program
    for k, (n, span, max_len) in enumerate([(1000, 500, 30), (2000, 10**6, 20000)], 1):
        ms = []
        for _ in range(n):
            s = rng.randint(-span // 2, span // 2)
            ms.append((s, s + rng.randint(1, max_len)))
        cases.append(case("random-medium-%d" % k, ms))
    return cases


def large_cases():
    return [
        generated("large-touching-ties", "3*10^4 meetings in [0, 6000): many equal ends and touching meetings",
                  n=30_000, seed=1, lo=0, span=6000, max_len=40),
        generated("large-spread", "3*10^4 meetings starting in [-10^9, 5*10^8), every 7th a long one",
                  n=30_000, seed=2, lo=-10**9, span=15 * 10**8, max_len=10**5, long_every=7),
    ]


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("sample.json", sample_cases())
    write("hidden.json", hand_cases() + random_cases(rng))
    write("large.json", large_cases())
