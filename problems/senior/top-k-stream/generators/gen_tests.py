#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
top-k-stream.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from `HeapModel` (a min-heap of k entries). Every
case, the large one included, is cross-checked against `BruteModel`, which
keeps every run in one list sorted by rank (bisect) and slices off the
first k, and then against each solution in solutions/accepted/.
"""
import bisect
import glob
import heapq
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 20250311


class HeapModel:
    def __init__(self, k):
        self.k, self.heap, self.n = k, [], 0

    def add(self, name, score):
        self.n += 1
        entry = (score, -self.n, name)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, entry)
            return True
        if score > self.heap[0][0]:
            heapq.heapreplace(self.heap, entry)
            return True
        return False

    def top(self):
        return [(name, score) for score, _, name in sorted(self.heap, reverse=True)]


class BruteModel:
    """Every run, sorted by (-score, arrival); the table is the first k."""

    def __init__(self, k):
        self.k, self.runs = k, []

    def add(self, name, score):
        key = (-score, len(self.runs))
        pos = bisect.bisect(self.runs, key)
        self.runs.insert(pos, key + (name,))
        return pos < self.k

    def top(self):
        return [(name, -neg) for neg, _, name in self.runs[:self.k]]


def run_model(cls, ops):
    obj = cls(*ops[0][1:])
    return [None] + [getattr(obj, op[0])(*op[1:]) for op in ops[1:]]


def encode(value):
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    return value


def case(name, k, calls, note=None):
    """calls: [("add", name, score) | ("top",), ...] after the constructor."""
    ops = [["TopK", k]] + [list(c) for c in calls]
    expected = run_model(HeapModel, ops)
    assert expected == run_model(BruteModel, ops), name
    c = {"name": name, "ops": ops, "expected": encode(expected)}
    if note:
        c["note"] = note
    return c


def A(name, score):
    return ("add", name, score)


T = ("top",)


# ---------------------------------------------------------------------------

def sample_cases():
    ex1 = case("example-1", 3, [A("ana", 50), A("bo", 80), A("cy", 50), T, A("dee", 50),
                                A("eve", 65), T, A("bo", 90), T])
    assert ex1["expected"][4] == encode([("bo", 80), ("ana", 50), ("cy", 50)])
    assert ex1["expected"][5:7] == [False, True]
    ex2 = case("example-2-fewer-than-k", 5, [T, A("zed", -7), A("amy", -7), A("max", -20), T])
    ex3 = case("example-3-k-one", 1, [A("a", 0), A("b", 0), A("c", -1), A("d", 1), T])
    assert ex3["expected"] == [None, True, False, False, True, encode([("d", 1)])]
    return [ex1, ex2, ex3]


def hand_cases():
    return [
        case("top-of-empty-table", 4, [T, T]),
        case("k-larger-than-stream", 10,
             [A("p", 3), T, A("q", 9), A("r", -4), T, A("s", 9), T]),
        case("k-equals-stream-length", 3,
             [A("p", 1), A("q", 2), A("r", 3), T, A("s", 0), T]),
        case("all-equal-scores", 3,
             [A("f", 7), A("e", 7), A("d", 7), A("c", 7), A("b", 7), T, A("a", 8), T,
              A("z", 7), T],
             note="ties never get in; the newest tied run drops when a better one arrives"),
        case("tie-with-lowest-stays-out", 2,
             [A("old", 10), A("mid", 20), A("new", 10), T, A("newer", 10), T]),
        case("newest-of-tied-lowest-drops", 4,
             [A("b", 30), A("d", 5), A("a", 5), A("c", 5), T, A("x", 6), T, A("y", 6), T,
              A("w", 5), A("v", 7), T],
             note="names in no particular order: only arrival decides among the 5s"),
        case("ties-listed-oldest-first", 5,
             [A("zoe", 4), A("yan", 4), A("xia", 4), A("amy", 4), A("bea", 9), T]),
        case("ties-alphabetical-arrival", 3,
             [A("a", 4), A("b", 4), A("c", 4), T, A("d", 5), T],
             note="arrival and name agree here; the drop must still be the newest tie"),
        case("negative-scores-only", 3,
             [A("p", -5), A("q", -1), T, A("r", -9), A("s", -3), T, A("t", -9), A("u", -2), T]),
        case("zero-scores", 2, [A("p", 0), A("q", -1), T, A("r", 0), T, A("s", 1), T]),
        case("negative-then-positive", 2,
             [A("p", -100), A("q", -50), A("r", -50), A("s", 3), T, A("t", -1), T]),
        case("extreme-scores", 3,
             [A("lo", -10**9), A("hi", 10**9), A("lo2", -10**9), A("mid", 0), T,
              A("hi2", 10**9), T, A("x", -10**9), T]),
        case("same-player-same-score", 3,
             [A("kai", 12), A("kai", 12), A("lu", 3), T, A("kai", 12), A("kai", 13), T]),
        case("unicode-names", 3,
             [A("Zoë", 5), A("Øyvind", 8), A("李娜", 5), A("Ana María", 5), T,
              A("🎮", 6), T, A("Ærøskøbing", 8), T]),
        case("k-one-stream", 1,
             [A("a", -3), A("b", -3), T, A("c", -2), T, A("d", -2), A("e", 5), A("f", 4), T]),
        case("increasing-stream", 3,
             [c for i in range(1, 9) for c in (A("r%d" % i, i * 10), T)]),
        case("decreasing-stream", 3,
             [c for i in range(8, 0, -1) for c in (A("r%d" % i, i * 10), T)]),
        case("repeated-top-between-adds", 2,
             [A("p", 5), T, T, A("q", 1), T, A("r", 3), T, T, A("s", 2), A("t", 4), T]),
    ]


def rand_name(rng):
    letters = "abcdeéøz李"
    return "".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))


def random_calls(rng, n, lo, hi, p_top):
    calls = []
    for _ in range(n):
        if rng.random() < p_top:
            calls.append(T)
        else:
            calls.append(A(rand_name(rng), rng.randint(lo, hi)))
    return calls


def random_cases(rng):
    out = []
    specs = [  # (k, ops, score range, share of top() calls)
        (1, 60, (-3, 3), 0.2),
        (2, 80, (0, 4), 0.2),
        (3, 120, (-5, 5), 0.15),
        (5, 150, (-2, 2), 0.15),
        (8, 200, (-10**9, 10**9), 0.1),
        (20, 300, (-30, 30), 0.05),
        (400, 300, (-50, 50), 0.01),
    ]
    for i, (k, n, (lo, hi), p) in enumerate(specs, 1):
        out.append(case("random-%d-k%d" % (i, k), k, random_calls(rng, n, lo, hi, p)))
    return out


# The large case: ADDS runs with scores drifting upwards (so runs keep
# entering the table all the way through, with many ties at its bottom),
# and a top() every TOP_EVERY adds. A solution that re-sorts or scans every
# run seen so far on each call does O(ADDS^2) work.
ADDS = 12000
TOP_EVERY = 60
LARGE_K = 5


def large_case(rng):
    calls = []
    for i in range(ADDS):
        score = i // 30 + rng.randint(-30, 30)
        calls.append(A(rng.choice("abcdefghij") + rng.choice("xyz"), score))
        if i % TOP_EVERY == TOP_EVERY - 1:
            calls.append(T)
    return case("large-drifting-stream", LARGE_K, calls,
                note="12000 adds and 200 top() calls; runs keep entering until the end")


# ---------------------------------------------------------------------------

def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cross_check(groups):
    for path in sorted(glob.glob(os.path.join(ROOT, "solutions", "accepted", "*.py"))):
        solution = load(path, "solution")
        for cs in groups.values():
            for c in cs:
                ops = [[getattr(solution, "TopK")] + c["ops"][0][1:]] + c["ops"][1:]
                obj = ops[0][0](*ops[0][1:])
                got = [None] + [getattr(obj, op[0])(*op[1:]) for op in ops[1:]]
                assert encode(got) == c["expected"], (os.path.basename(path), c["name"])


def write(name, cs):
    path = os.path.join(TESTS, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cs))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cs), os.path.getsize(path)))


def main():
    rng = random.Random(SEED)
    groups = {
        "sample": sample_cases(),
        "hidden": hand_cases() + random_cases(rng),
        "large": [large_case(rng)],
    }
    cross_check(groups)
    for name, cs in groups.items():
        write(name, cs)


if __name__ == "__main__":
    main()
