#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for version-ordering.

Each case is a scenario for driver.py. Expected results come from running
it through the driver with the reference solution
(solutions/accepted/sort_key.py) and must agree with the other accepted
solution; the samples are also checked against results written out by
hand. Deterministic, stdlib only:

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

VE = {"raised": "ValueError"}
TE = {"raised": "TypeError"}


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = [
    ("equal-hash-and-order", [
        ["eq", "1.2", "1.2.0"], ["set", ["1.2", "1.2.0", "1.10"]],
        ["cmp", "1.10", "1.9"], ["cmp", "2.0.0-rc.1", "2.0.0"],
        ["sort", ["1.10", "1.2.0", "2.0.0-rc.1", "1.9", "2.0.0", "1.2"]]],
     [[True, False], 2, [False, False, True, True], [True, True, False, False],
      ["1.2.0", "1.2", "1.9", "1.10", "2.0.0-rc.1", "2.0.0"]]),
    ("parse-and-other-types", [
        ["parse", "1.0.0-beta+exp.sha.5114f85"], ["parse", "1.02"], ["parse", "v1.0"],
        ["other", "1.0", "1.0"]],
     ["1.0.0-beta+exp.sha.5114f85", VE, VE, [False, True, TE]]),
]

PRE = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
       "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"]


def hidden():
    rng = random.Random(15)
    shuffled = PRE[:]
    rng.shuffle(shuffled)
    return [
        ("semver-precedence-chain", [["sort", shuffled]] +
         [["cmp", a, b] for a, b in zip(PRE, PRE[1:])],
         "the example chain of semver.org, rule 11"),
        ("numeric-identifiers", [
            ["cmp", "1.0-rc.2", "1.0-rc.10"], ["cmp", "1.0-alpha.9", "1.0-alpha.10"],
            ["sort", ["1.0-10", "1.0-9", "1.0-100", "1.0-a"]],
            ["cmp", "1.0-1", "1.0-a"], ["cmp", "1.0-zzz", "1.0-999"],
            ["cmp", "1.0-A", "1.0-a"], ["cmp", "1.0-rc", "1.0-rc.1"]],
         "all-digit identifiers compare as numbers, and before any text"),
        ("prerelease-before-release", [
            ["cmp", "1.0.0", "1.0.0-rc.1"], ["cmp", "1.0.0-rc.1", "1.0.1"],
            ["max", ["1.0.0-rc.9", "1.0.0", "1.0.0-rc.10"]],
            ["sort", ["2.0", "2.0-rc", "1.9", "2.0-alpha"]]]),
        ("trailing-zeros", [
            ["eq", "1", "1.0.0.0"], ["eq", "1.0.1", "1.0.1.0"], ["eq", "1.0.1", "1.1"],
            ["cmp", "1.0.0.1", "1.0"], ["set", ["1", "1.0", "1.0.0", "1.0.0.0", "0.1"]],
            ["dict", ["1.2", "2.0.0"], ["1.2.0", "2", "2.0.1"]],
            ["eq", "1.0-rc", "1.0.0-rc"], ["eq", "0.0", "0"]],
         "equal versions must hash alike: a set and a dict see them as one"),
        ("build-metadata-ignored", [
            ["eq", "1.0+linux", "1.0+mac"], ["cmp", "1.0+zzz", "1.0+aaa"],
            ["set", ["1.0+1", "1.0+2", "1.0.0", "1.0-rc+1"]],
            ["sort", ["1.0+b", "1.0+a", "1.0-rc+z"]], ["parse", "1.0+build.1"]],
         "sorted is stable: equal versions keep their input order"),
        ("dict-keys", [
            ["dict", ["1.0", "1.0.0", "2.0-rc.1", "2.0+x"], ["1", "2.0-rc.1", "2.0", "2.0+y", "3"]]]),
        ("malformed", [
            ["parse", ""], ["parse", "1."], ["parse", ".1"], ["parse", "1..2"], ["parse", "01.0"],
            ["parse", "1.0-"], ["parse", "1.0+"], ["parse", "1.0-rc..1"], ["parse", "1.0-01"],
            ["parse", "1.0-rc_1"], ["parse", " 1.0"], ["parse", "1.0 "], ["parse", "a.b"],
            ["parse", "1.-1"], ["parse", "1.0+b..1"], ["parse", "١.٢"],
            ["parse", "0"], ["parse", "0.0.0"], ["parse", "10.20.30"], ["parse", "1.0-0"],
            ["parse", "1.0-0a"], ["parse", "1.0-x-y-z.--"], ["parse", "1.0+001"],
            ["parse", "1.0-rc.1+build.01"], ["parse", "123456789012345678901234567890.1"]],
         "leading zeros, empty fields, stray characters and non-ASCII digits are errors"),
        ("big-numbers", [
            ["cmp", "123456789012345678901234567890", "123456789012345678901234567889"],
            ["cmp", "1.0-99999999999999999999", "1.0-100000000000000000000"]]),
        ("other-types", [
            ["other", "1.0", 1], ["other", "1.0", None], ["other", "1.0", [1, 0]],
            ["other", "1.0", 1.0]],
         "never equal to a non-Version; ordering against one is a TypeError"),
        ("every-ordering-against-other-types", [
            ["order", "1.0", 1], ["order", "1.0", "1.0"], ["order", "2.0-rc.1", None]],
         "<, <=, > and >= all say NotImplemented to a non-Version: each is a TypeError"),
        ("not-implemented-lets-the-other-side-answer", [["wild", "1.0"], ["wild", "2.0-rc.1"]],
         "returning NotImplemented lets Python ask the other object"),
        ("many-duplicates", [["set", [rng.choice(["1", "1.0", "1.0.0", "1.0+b", "1.0-rc", "1.0.0-rc+x"])
                                      for _ in range(200)]],
                             ["max", ["1", "1.0-rc", "1.0.0+z", "0.9"]]]),
        ("large", sized.make(12000, 15)[0],
         "12,000 distinct versions in a set: a hash that collides for all of them is quadratic"),
    ]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/sort_key.py", "ref")
    other = load("solutions/accepted/total_ordering.py", "other")
    sample = []
    for name, steps, want in SAMPLE:
        got = driver.run(reference, steps)
        assert got == want, (name, got, want)
        assert driver.run(other, steps) == want, name
        sample.append({"name": name, "args": [steps], "expected": got})
    cases = []
    for name, steps, *note in hidden():
        got = driver.run(reference, steps)
        assert driver.run(other, steps) == got, (name, got, driver.run(other, steps))
        case = {"name": name, "args": [steps], "expected": got}
        if note:
            case["note"] = note[0]
        cases.append(case)
    for fname, out in (("sample.json", sample), ("hidden.json", cases)):
        path = os.path.join(PROBLEM, "tests", fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in out) + "\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(out)))


if __name__ == "__main__":
    main()
