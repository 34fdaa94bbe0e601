#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for lfu-cache.

Expected results come from the reference solution
(solutions/accepted/frequency_buckets.py) and must agree with the other
accepted solution; the samples are also checked against results written
out by hand. Deterministic, stdlib only:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import sized  # noqa: E402


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def play(module, ops):
    obj = getattr(module, ops[0][0])(*ops[0][1:])
    return [None] + [getattr(obj, op[0])(*op[1:]) for op in ops[1:]]


SAMPLE = [
    ("leetcode-example", [
        ["LFUCache", 2], ["put", 1, 1], ["put", 2, 2], ["get", 1], ["put", 3, 3], ["get", 2],
        ["get", 3], ["put", 4, 4], ["get", 1], ["get", 3], ["get", 4], ["size"]],
     [None, None, None, 1, 2, None, 3, 1, None, 3, 4, 2]),
    ("update-is-a-use", [
        ["LFUCache", 2], ["put", "a", 1], ["put", "b", 2], ["put", "a", 10], ["put", "c", 3],
        ["get", "a"], ["get", "b"]],
     [None, None, None, None, "b", 10, None]),
]


def random_ops(rng, n, capacity, keys):
    ops = [["LFUCache", capacity]]
    for _ in range(n):
        k = rng.randrange(keys)
        r = rng.random()
        if r < 0.45:
            ops.append(["put", k, rng.randrange(100)])
        elif r < 0.95:
            ops.append(["get", k])
        else:
            ops.append(["size"])
    return ops


def hits_on_a_full_cache(rng):
    """The largest cache, filled, then only hits: every operation is a use
    of a live key, so no eviction ever happens."""
    capacity = 10_000
    ops = [["LFUCache", capacity]] + [["put", k, k] for k in range(capacity)]
    return ops + [["get", rng.randrange(capacity)] for _ in range(20_000)]


def hidden():
    rng = random.Random(15)
    return [
        ("capacity-zero", [["LFUCache", 0], ["put", 1, 1], ["get", 1], ["size"], ["put", 1, 2],
                           ["get", 1]]),
        ("capacity-one", [["LFUCache", 1], ["put", 1, "a"], ["get", 1], ["get", 1], ["put", 2, "b"],
                          ["get", 1], ["get", 2], ["put", 2, "c"], ["get", 2], ["put", 3, "d"],
                          ["size"]]),
        ("newcomer-not-evicted-at-once", [
            ["LFUCache", 2], ["put", 1, 1], ["put", 2, 2], ["get", 1], ["get", 2], ["put", 3, 3],
            ["put", 4, 4], ["get", 3], ["get", 4], ["get", 1], ["get", 2]],
         "3 is the only key used once when 4 arrives: it is the one evicted, not 4"),
        ("min-count-back-to-one", [
            ["LFUCache", 3], ["put", "a", 1], ["put", "b", 2], ["put", "c", 3],
            ["get", "a"], ["get", "a"], ["get", "b"], ["get", "b"], ["get", "c"], ["get", "c"],
            ["put", "d", 4], ["put", "e", 5], ["get", "a"], ["get", "b"], ["get", "c"],
            ["get", "d"], ["get", "e"]],
         "after inserting d the smallest count is 1 again"),
        ("tie-goes-to-least-recent", [
            ["LFUCache", 3], ["put", 1, 1], ["put", 2, 2], ["put", 3, 3], ["get", 1], ["get", 2],
            ["get", 3], ["get", 2], ["get", 3], ["get", 1], ["put", 4, 4], ["get", 1], ["get", 2],
            ["get", 3], ["put", 5, 5], ["get", 4]],
         "1, 2 and 3 have three uses each; 2 was used least recently, though 1 was inserted first"),
        ("tie-after-update", [
            ["LFUCache", 2], ["put", 1, 1], ["put", 2, 2], ["put", 1, 5], ["put", 2, 6],
            ["put", 1, 7], ["get", 2], ["put", 3, 3], ["get", 1], ["get", 2], ["get", 3]]),
        ("count-forgotten-on-eviction", [
            ["LFUCache", 2], ["put", 1, 1], ["get", 1], ["get", 1], ["get", 1], ["put", 2, 2],
            ["put", 3, 3], ["put", 4, 4], ["put", 1, 9], ["get", 4], ["put", 5, 5], ["get", 1],
            ["get", 4], ["get", 5]]),
        ("missing-gets-and-key-types", [
            ["LFUCache", 2], ["put", "x", 1], ["get", "y"], ["get", "y"], ["put", "y", 2],
            ["put", "z", 3], ["get", "x"], ["get", "y"], ["get", "z"], ["size"],
            ["put", 1, "int"], ["put", "1", "str"], ["get", 1], ["get", "1"],
            ["put", True, "bool?"], ["get", 1], ["size"]],
         "a miss is not a use; True == 1 in Python: the same key"),
        ("random-small", random_ops(rng, 400, 5, 12)),
        ("random-medium", random_ops(rng, 3000, 60, 200)),
        ("large", sized.make(30000, 15),
         "30,000 operations on a cache of 7,500: scanning the cache per eviction is too slow"),
        ("hits-on-a-full-cache", hits_on_a_full_cache(random.Random(7)),
         "10,000 puts, then 20,000 gets that all hit: work per use must not grow with the cache"
         " (rebuilding a lazy heap every few uses is O(capacity) each time)"),
    ]


def main():
    reference = load("solutions/accepted/frequency_buckets.py", "ref")
    other = load("solutions/accepted/lazy_heap.py", "other")
    sample = []
    for name, ops, want in SAMPLE:
        got = play(reference, ops)
        assert got == want, (name, got, want)
        assert play(other, ops) == want, name
        sample.append({"name": name, "ops": ops, "expected": got})
    cases = []
    for name, ops, *note in hidden():
        got = play(reference, ops)
        assert play(other, ops) == got, name
        case = {"name": name, "ops": ops, "expected": got}
        if note:
            case["note"] = note[0]
        cases.append(case)
    for fname, out in (("sample.json", sample), ("hidden.json", cases)):
        path = os.path.join(PROBLEM, "tests", fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(c) for c in out) + "\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(out)))


if __name__ == "__main__":
    main()
