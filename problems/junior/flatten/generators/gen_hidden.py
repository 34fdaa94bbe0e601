#!/usr/bin/env python3
"""Writes tests/hidden.json for flatten (and checks tests/sample.json).

Deterministic (fixed seeds, stdlib only). Run from anywhere:

    python3 generators/gen_hidden.py

Inputs deeper than the test files can hold (the judge's JSON reader stops at
about 125 levels) or too large to store are given as `build` specs that
driver.py turns into data; this script builds them with the same code.
Expected values come from an iterative reference, cross-checked against a
recursive one.
"""
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.join(HERE, os.pardir)
TESTS = os.path.join(PROBLEM, "tests")
SEED = 20240923

sys.dont_write_bytecode = True  # no __pycache__ next to driver.py
spec = importlib.util.spec_from_file_location("driver", os.path.join(PROBLEM, "driver.py"))
driver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(driver)


def reference(data):
    out, stack = [], [iter(data)]
    while stack:
        for x in stack[-1]:
            if isinstance(x, (list, tuple)):
                stack.append(iter(x))
                break
            out.append(x)
        else:
            stack.pop()
    return out


def recursive(data):
    out = []
    for x in data:
        out.extend(recursive(x) if isinstance(x, (list, tuple)) else [x])
    return out


def depth(x):
    best, stack = 0, [(x, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, (list, tuple)):
            best = max(best, d)
            stack.extend((c, d + 1) for c in v)
    return best


# --- the value encoding (docs/values.md), for the few types JSON lacks ---

def enc(v):
    if isinstance(v, tuple):
        return {"$tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, frozenset):
        return {"$frozenset": [enc(x) for x in v]}
    if isinstance(v, set):
        return {"$set": [enc(x) for x in v]}
    if isinstance(v, bytes):
        return {"$bytes": v.decode("latin-1")}
    if isinstance(v, dict):
        assert all(isinstance(k, str) and not k.startswith("$") for k in v)
        return {k: enc(x) for k, x in v.items()}
    return v


def case(name, data, note=None):
    assert isinstance(data, list) and depth(data) <= 120, name
    want = reference(data)
    assert want == recursive(data), name
    c = {"name": name, "args": [enc(data)], "expected": enc(want)}
    if note:
        c["note"] = note
    return c


def built(name, build, note=None):
    data = driver.make(build)
    assert isinstance(data, list) and depth(data) <= 300, name
    want = reference(data)
    if len(want) < 5000:
        sys.setrecursionlimit(5000)
        assert want == recursive(data), name
    c = {"name": name, "args": [], "kwargs": {"build": build}, "expected": enc(want)}
    if note:
        c["note"] = note
    return c


def random_nested(rng, atoms, max_depth):
    """Small random trees of lists and tuples holding mixed atoms."""
    pool = [0, 1, -7, 42, 3.5, "", "a", "xy", "é", None, True, False, b"b", (), []]

    def make(d, budget):
        items = []
        while budget > 0:
            r = rng.random()
            if r < 0.3 and d < max_depth:
                k = rng.randint(0, budget)
                items.append(make(d + 1, k))
                budget -= k
            else:
                v = rng.choice(pool)
                if isinstance(v, (list, tuple)):
                    v = type(v)()          # an empty container: counts as nothing
                else:
                    budget -= 1
                items.append(v)
        return tuple(items) if d > 1 and rng.random() < 0.4 else items

    out = make(1, atoms)
    return out if isinstance(out, list) else [out]


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("empty", []),
        case("flat-already", [1, 2, 3], "still a new list, not data itself"),
        case("one-value", ["only"]),
        case("single-nested", [[1]]),
        case("empties-everywhere", [[], [[]], [(), [[], ()]], 1, ()]),
        case("tuples", [(1, 2), (3, (4, [5])), ()]),
        case("tuple-inside-list-inside-tuple", [([(1,), 2], 3)]),
        case("depth-first-order", [[1, [2, [3]], 4], [[5], 6], 7]),
        case("strings-whole", ["hello", ["world", ("!",)]]),
        case("single-characters", ["a", ["b", ("c",)]]),
        case("empty-strings", ["", [""], ("",)]),
        case("unicode-strings", ["naïve", ["日本語", ("🙂", ["ß"])]]),
        case("bytes-whole", [b"ab", [b""], (b"\x00\xff",)]),
        case("dict-whole", [{"a": [1, 2]}, [{"b": 3}], ({},)],
             "a dict is one value even when it holds lists"),
        case("sets-whole", [{1, 2}, [frozenset([3])], (set(),)]),
        case("none-bools-numbers", [None, [True, [False, 0.5]], 0, (-0.0,), 10 ** 30]),
        case("duplicates-and-lookalikes", [1, [1, [1]], "1", ["1"], (1.0,), [True]]),
        case("nested-empty-then-values", [[[[[]]]], "x", [[[["y"]]]]]),
        case("deep-in-file", json.loads("[" * 100 + "1" + "]" * 100), "100 levels"),
    ]
    for i in range(1, 13):
        cases.append(case("random-small-%02d" % i, random_nested(rng, rng.randint(1, 30), rng.randint(2, 6))))
    cases += [
        built("staircase-300", {"shape": "staircase", "depth": 300},
              "the deepest allowed: 300 levels, lists and tuples alternating"),
        built("staircase-150", {"shape": "staircase", "depth": 150}),
        built("wrapped-value-299", {"shape": "wrapped", "times": 299, "inner": "deep"},
              "[[...['deep']...]]: 299 levels"),
        built("wrapped-list-300", {"shape": "wrapped", "times": 298, "inner": ["x", [1, "y"]]}),
        built("wrapped-empty-300", {"shape": "wrapped", "times": 299, "inner": []}),
        built("random-medium", {"shape": "random", "seed": 11, "atoms": 3000}),
        built("random-large", {"shape": "random", "seed": 7, "atoms": 100000},
              "10^5 values, ~65k of them at the top level: O(n^2) concatenation is far too slow"),
    ]
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":"), ensure_ascii=False) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


def check_samples():
    with open(os.path.join(TESTS, "sample.json")) as f:
        samples = json.load(f)
    want = {
        "example-1-numbers": ([1, [2, [3, 4]], 5], [1, 2, 3, 4, 5]),
        "example-2-strings-stay-whole": (["ab", ("c", ["de"]), []], ["ab", "c", "de"]),
        "example-3-only-empties": ([[[]], [], ()], []),
    }
    assert [c["name"] for c in samples] == list(want)
    for c in samples:
        data, expected = want[c["name"]]
        assert c["args"] == [enc(data)] and c["expected"] == enc(expected), c["name"]
        assert reference(data) == expected


if __name__ == "__main__":
    check_samples()
    write("hidden.json", hidden_cases())
