#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for multiplier-factory.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

A test is the driver's arguments (factors, calls, then_make, then_zero);
the expected result is [factors[i] * x for i, x in calls], computed from a
copy of factors taken before anything changes it.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20261206


def case(name, factors, calls, then_make=None, then_zero=False, note=None):
    want = [factors[i] * x for i, x in calls]
    kwargs = {}
    if then_make is not None:
        kwargs["then_make"] = then_make
    if then_zero:
        kwargs["then_zero"] = True
    c = {"name": name, "args": [factors, calls]}
    if kwargs:
        c["kwargs"] = kwargs
    c["expected"] = want
    if note:
        c["note"] = note
    return c


def sample_cases():
    return [
        case("example-1-each-once", [2, 3, 5], [[0, 1], [1, 1], [2, 1]]),
        case("example-2-any-order", [2, 3, 5], [[2, 10], [0, -4]]),
        case("example-3-floats", [0.5, 4], [[0, 3], [1, 2.5]]),
        case("example-4-empty", [], []),
    ]


def hidden_cases(rng):
    cases = [
        case("one-factor", [7], [[0, 6], [0, -1], [0, 0]],
             note="with one factor the last factor is the right one: late binding passes"),
        case("all-equal-factors", [4, 4, 4], [[2, 2], [0, 3], [1, 1]]),
        case("last-called-first", [1, 2, 3, 4], [[3, 1], [2, 1], [1, 1], [0, 1]]),
        case("zero-and-negative", [0, -1, -2], [[0, 99], [1, 99], [2, 99], [1, -5]]),
        case("int-times-float", [3, 0.25], [[0, 0.5], [1, 8], [0, 2]],
             note="3 * 0.5 is a float, 0.25 * 8 is a float, 3 * 2 an int"),
        case("big-ints", [10 ** 20, -(10 ** 20), 1], [[0, 10 ** 20], [1, 3], [2, 10 ** 30]]),
        case("many-calls-same-function", [5, 6], [[0, x] for x in range(30)]),
        case("second-batch-made-before-calls", [2, 3], [[0, 10], [1, 10]], then_make=[100, 200, 300],
             note="functions from a later call must not change these"),
        case("second-batch-empty", [9, 8, 7], [[0, 1], [1, 1], [2, 1]], then_make=[]),
        case("factors-zeroed-after-the-call", [2, 3, 5], [[0, 7], [1, 7], [2, 7]], then_zero=True,
             note="the functions must keep their own factors, not read the list"),
        case("factors-zeroed-one-factor", [-3], [[0, 4]], then_zero=True),
        case("zeroed-and-second-batch", [6, 1, 4], [[2, 2], [1, 2], [0, 2]],
             then_make=[1, 1, 1, 1], then_zero=True),
    ]
    for i in range(1, 6):
        n = rng.randint(2, 40)
        factors = [rng.choice([rng.randint(-50, 50), rng.randint(-50, 50) / 4]) for _ in range(n)]
        calls = [[rng.randrange(n), rng.randint(-100, 100)] for _ in range(rng.randint(1, 60))]
        cases.append(case("random-%d" % i, factors, calls))
    factors = [rng.randint(-1000, 1000) for _ in range(1000)]
    calls = [[rng.randrange(1000), rng.randint(-1000, 1000)] for _ in range(10000)]
    cases.append(case("largest", factors, calls, then_make=[rng.randint(-9, 9) for _ in range(1000)],
                      then_zero=True, note="1000 functions, 10^4 calls"))
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
