#!/usr/bin/env python3
"""Writes tests/hidden.json for merge-sort (and checks tests/sample.json).

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_hidden.py

Expected values come from Python's sorted() (stable, the trusted reference),
cross-checked against a plain stable insertion sort for n <= 400. The large
inputs are `{"n", "seed", "lo", "hi"}` specs that driver.py expands with
generate(); this script expands them with the same function.
"""
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.join(HERE, os.pardir)
TESTS = os.path.join(PROBLEM, "tests")
SEED = 20240929

sys.dont_write_bytecode = True  # no __pycache__ next to driver.py
spec = importlib.util.spec_from_file_location("driver", os.path.join(PROBLEM, "driver.py"))
driver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(driver)


def insertion(items, key):
    a = list(items)
    for i in range(1, len(a)):
        x = a[i]
        j = i - 1
        while j >= 0 and key(a[j]) > key(x):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def case(name, items, key=None, note=None):
    data = driver.generate(**items) if isinstance(items, dict) else items
    fn = (lambda x: x) if key is None else driver.KEYS[key]
    want = sorted(data, key=fn)
    if len(data) <= 400:
        assert want == insertion(data, fn), name
    c = {"name": name, "args": [items], "expected": want}
    if key is not None:
        c["kwargs"] = {"key": key}
    if note:
        c["note"] = note
    return c


def records(rng, n, key_span, tag=""):
    """[key, payload] records with many equal keys; payloads are unique, so
    any reordering of equal keys shows."""
    return [[rng.randint(0, key_span), "%s%d" % (tag, i)] for i in range(n)]


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("empty", []),
        case("one", [42]),
        case("two-sorted", [1, 2]),
        case("two-reversed", [2, 1]),
        case("three", [3, 1, 2], note="odd length"),
        case("five", [5, 4, 3, 2, 1]),
        case("seven-odd", [9, -1, 7, 3, 3, 0, 8]),
        case("all-equal", [7, 7, 7, 7, 7]),
        case("already-sorted", list(range(1, 12))),
        case("reversed", list(range(12, 0, -1))),
        case("negatives", [-3, 10, -20, 0, 5, -3, -1]),
        case("big-ints", [10 ** 20, -10 ** 20, 3, 10 ** 19 + 1, -(10 ** 19)]),
        case("ints-and-floats", [2, 0.5, -1.25, 1, 0.0, -3]),
        case("strings", ["pear", "Apple", "apple", "fig", "", "Fig", "banana"]),
        case("unicode-strings", ["été", "zebra", "Zoo", "ähnlich", "abc", "日本", "🙂"],
             note="code point order, as < compares strings"),
        case("records-all-equal-keys", [[5, "a"], [5, "b"], [5, "c"], [5, "d"], [5, "e"]],
             key="first", note="equal keys must keep their order exactly"),
        case("records-two-keys", [[2, "a"], [1, "b"], [2, "c"], [1, "d"], [2, "e"], [1, "f"]],
             key="first"),
        case("records-odd", [[1, "p"], [0, "q"], [1, "r"]], key="first"),
        case("by-length", ["ccc", "a", "bb", "dd", "e", "fff", "", "gg"], key="len"),
        case("by-abs", [3, -3, 2, -1, 1, -2, 0, 3, -3], key="abs"),
        case("by-lower", ["b", "B", "a", "A", "c", "b", "C", "a"], key="lower"),
        case("key-one-element", [[9, "only"]], key="first"),
        case("key-empty", [], key="len"),
    ]
    for i in range(1, 16):
        n = rng.randint(0, 40)
        span = rng.choice([3, 10, 1000])
        cases.append(case("random-small-%02d" % i, [rng.randint(-span, span) for _ in range(n)]))
    for i in range(1, 7):
        n = rng.choice([13, 31, 64, 100, 255, 300])
        cases.append(case("random-records-%d" % i, records(rng, n, rng.choice([2, 5, 20])), key="first"))
    cases.append(case("random-words-by-length",
                      ["".join(rng.choice("abcxyz") for _ in range(rng.randint(0, 6))) for _ in range(200)],
                      key="len"))
    cases.append(case("random-by-abs", [rng.randint(-50, 50) for _ in range(301)], key="abs"))
    cases.append(case("medium-2000", [rng.randint(-10 ** 6, 10 ** 6) for _ in range(2000)],
                      note="the largest size on which forbidden calls are watched for"))
    cases.append(case("medium-records", records(rng, 2000, 30), key="first"))
    # Large: made by the driver. 2 * 10^4 elements: ~3 * 10^5 comparisons for
    # merge sort, ~10^8 steps for insertion sort.
    cases.append(case("large-random", {"n": 20000, "seed": 1, "lo": -10 ** 6, "hi": 10 ** 6},
                      note="n = 20000"))
    cases.append(case("large-few-values", {"n": 20000, "seed": 2, "lo": 0, "hi": 9},
                      note="n = 20000, many equal elements"))
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
        for c in json.load(f):
            items = c["args"][0]
            key = c.get("kwargs", {}).get("key")
            fn = (lambda x: x) if key is None else driver.KEYS[key]
            assert sorted(items, key=fn) == insertion(items, fn) == c["expected"], c["name"]


if __name__ == "__main__":
    check_samples()
    write("hidden.json", hidden_cases())
