#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for weak-identity-cache.

Each case is a scenario for driver.py. Expected results come from running
it through the driver with the reference solution
(solutions/accepted/id_dict_with_callbacks.py) and must agree with the
other accepted solution; the samples are also checked against results
written out by hand. Deterministic, stdlib only:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import large  # noqa: E402

CF = {"raised": "ComputeFailed"}


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = [
    ("freed-with-its-entry", [
        ["new", "a", "Doc", 1], ["get", "a"], ["get", "a"], ["calls"], ["len"],
        ["drop", "a"], ["alive", "a"], ["len"]],
     [None, [1, 1], [1, 1], 1, 1, None, False, 0]),
    ("equal-but-distinct", [
        ["new", "p", "Point", 5], ["new", "q", "Point", 5], ["get", "p"], ["get", "q"],
        ["get", "p"], ["calls"], ["len"]],
     [None, None, [5, 1], [5, 2], [5, 1], 2, 2]),
]


def id_reuse():
    steps = []
    for i in range(30):
        steps += [["new", "a%d" % i, "Doc", i], ["get", "a%d" % i], ["drop", "a%d" % i]]
    return steps + [["calls"], ["len"]]


def many_mixed():
    steps = []
    kinds = ["Doc", "Point", "Row", "Node"]
    for i in range(200):
        steps += [["new", "o%d" % i, kinds[i % 4], i % 7], ["get", "o%d" % i]]
    for i in range(0, 200, 3):
        steps.append(["drop", "o%d" % i])
    steps += [["len"], ["collect"], ["len"]]
    steps += [["alive", "o%d" % i] for i in range(0, 12)]
    steps += [["get", "o%d" % i] for i in range(1, 200, 3)]
    return steps + [["calls"], ["len"]]


HIDDEN = [
    ("unhashable-rows", [
        ["new", "r", "Row", 1], ["new", "s", "Row", 1], ["get", "r"], ["get", "s"], ["get", "r"],
        ["len"], ["drop", "r"], ["alive", "r"], ["len"], ["get", "s"], ["calls"]],
     "Row defines __eq__ without __hash__: it cannot be a dict key"),
    ("equal-points-die-separately", [
        ["new", "p", "Point", 2], ["new", "q", "Point", 2], ["get", "p"], ["get", "q"],
        ["drop", "p"], ["alive", "p"], ["alive", "q"], ["len"], ["get", "q"], ["calls"]]),
    ("cycle-freed-by-collect", [
        ["new", "n", "Node", 3], ["get", "n"], ["drop", "n"], ["alive", "n"], ["len"],
        ["collect"], ["alive", "n"], ["len"]],
     "a Node refers to itself: it lives until the collector runs"),
    ("cycles-and-plain-objects", [
        ["new", "n", "Node", 1], ["new", "d", "Doc", 2], ["new", "m", "Node", 3],
        ["get", "n"], ["get", "d"], ["get", "m"], ["drop", "n"], ["drop", "d"], ["len"],
        ["collect"], ["len"], ["alive", "m"], ["get", "m"], ["calls"]]),
    ("compute-raises-nothing-cached", [
        ["new", "a", "Doc", -1], ["get", "a"], ["len"], ["get", "a"], ["calls"],
        ["new", "b", "Doc", 2], ["get", "b"], ["get", "b"], ["len"], ["drop", "a"],
        ["alive", "a"], ["len"]]),
    ("empty", [["len"], ["calls"], ["collect"], ["len"]]),
    ("new-object-after-death", id_reuse(),
     "a freed object's id may be reused at once: the new object must not get the old value"),
    ("many-mixed", many_mixed()),
    ("large", large.make(20000, 7)[0], "20000 objects: a linear search per lookup is too slow"),
]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/id_dict_with_callbacks.py", "ref")
    other = load("solutions/accepted/finalize.py", "other")
    sample = []
    for name, steps, want in SAMPLE:
        got = driver.run(reference, steps)
        assert got == want, (name, got, want)
        assert driver.run(other, steps) == want, name
        sample.append({"name": name, "args": [steps], "expected": got})
    hidden = []
    for name, steps, *note in HIDDEN:
        got = driver.run(reference, steps)
        assert driver.run(other, steps) == got, name
        case = {"name": name, "args": [steps], "expected": got}
        if note:
            case["note"] = note[0]
        hidden.append(case)
    for fname, cases in (("sample.json", sample), ("hidden.json", hidden)):
        path = os.path.join(PROBLEM, "tests", fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(cases)))


if __name__ == "__main__":
    main()
