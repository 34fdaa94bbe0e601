#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
sensor-windows. Deterministic (fixed seeds, stdlib only):

    python3 generators/gen_tests.py

Small cases list their readings; the generated ones name a size and a
seed, and driver.py makes the readings and the windows from them. The
answers come from a plain prefix-sum list (no memory limit here),
checked against summing each window of the list.
"""
import importlib.util
import json
import os
import random
from itertools import accumulate

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")

_spec = importlib.util.spec_from_file_location("driver", os.path.join(ROOT, "driver.py"))
driver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(driver)


def answer(readings, queries, check=True):
    prefix = list(accumulate(readings, initial=0))
    sums = [prefix[stop] - prefix[start] for start, stop in queries]
    if check:
        assert sums == [sum(readings[start:stop]) for start, stop in queries]
    return sums


def listed(name, readings, queries):
    return {"name": name, "args": [readings, [list(q) for q in queries]], "expected": answer(readings, queries)}


def generated(name, n, count, seed):
    readings = list(driver.make_readings(n, seed))
    queries = driver.make_queries(n, count, seed)
    return {"name": name, "kwargs": {"generate": {"n": n, "queries": count, "seed": seed}},
            "expected": answer(readings, queries, check=n <= 200_000)}


def write(group, cases):
    with open(os.path.join(TESTS, group + ".json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, separators=(",", ":")) for c in cases) + "\n]\n")


def main():
    write("sample", [
        listed("example-1", [3, 1, 4, 1, 5, 9, 2, 6], [(0, 8), (2, 5), (3, 3), (7, 8)]),
        listed("example-2", [], [(0, 0)]),
    ])
    rng = random.Random(2026)
    big = [rng.randrange(1 << 40) for _ in range(50)]
    write("hidden", [
        listed("one-reading", [7], [(0, 1), (0, 0), (1, 1)]),
        listed("repeated-windows", [5, 5, 5], [(0, 3)] * 4 + [(1, 2)] * 3),
        listed("big-values", big, [(0, 50), (10, 40), (49, 50), (25, 25)]),
        listed("no-queries", [1, 2, 3], []),
        generated("past-2-to-the-53", 100_000, 300, 7),
    ])
    write("large", [
        generated("three-million", 3_000_000, 2000, 11),
        generated("two-million", 2_000_000, 2000, 12),
    ])


if __name__ == "__main__":
    main()
