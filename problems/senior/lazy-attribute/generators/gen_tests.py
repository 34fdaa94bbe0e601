#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for lazy-attribute.

Each case is a scenario for driver.py. Expected results come from running
it through the driver with the reference solution
(solutions/accepted/instance_dict.py) and must agree with the other
accepted solution; the samples are also checked against results written
out by hand. Deterministic, stdlib only:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
AE = {"raised": "AttributeError"}
TE = {"raised": "TypeError"}


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CIRCLE = ["model", "Circle", [["area", "area", "square", "r"]]]

SAMPLE = [
    ("computed-once-per-instance", [
        CIRCLE, ["new", "a", "Circle", {"r": 2}], ["new", "b", "Circle", {"r": 3}],
        ["get", "a", "area"], ["get", "a", "area"], ["get", "b", "area"], ["calls", "area"],
        ["dict", "a"], ["field", "Circle", "area"]],
     [None, None, None, 4, 4, 9, 2, ["area", "r"], [True, "area", False]]),
    ("set-and-del", [
        CIRCLE, ["new", "a", "Circle", {"r": 2}], ["get", "a", "area"], ["set", "a", "r", 5],
        ["get", "a", "area"], ["del", "a", "area"], ["get", "a", "area"], ["set", "a", "area", 0],
        ["get", "a", "area"], ["del", "a", "area"], ["del", "a", "area"], ["calls", "area"]],
     [None, None, 4, None, 4, None, 25, None, 0, None, AE, 2]),
]

HIDDEN = [
    ("name-from-set-name", [
        ["model", "Shape", [["perimeter", "_perimeter", "echo", "side"]]],
        ["new", "s", "Shape", {"side": 3}], ["field", "Shape", "perimeter"],
        ["get", "s", "perimeter"], ["get", "s", "perimeter"], ["dict", "s"],
        ["calls", "_perimeter"], ["del", "s", "perimeter"], ["get", "s", "perimeter"],
        ["calls", "_perimeter"]],
     "perimeter = lazy(_perimeter): the attribute's name is not the function's"),
    ("one-function-two-attributes", [
        ["model", "M", [["first", "f", "echo", "x"], ["second", "f", "echo", "x"]]],
        ["new", "m", "M", {"x": 1}], ["get", "m", "first"], ["get", "m", "second"], ["calls", "f"],
        ["dict", "m"], ["del", "m", "first"], ["get", "m", "second"], ["calls", "f"],
        ["field", "M", "first"], ["field", "M", "second"]]),
    ("values-are-per-instance", [
        ["model", "M", [["sq", "sq", "square", "x"]]],
        ["new", "a", "M", {"x": 1}], ["new", "b", "M", {"x": 2}], ["new", "c", "M", {"x": 3}],
        ["get", "c", "sq"], ["get", "b", "sq"], ["get", "a", "sq"], ["get", "c", "sq"],
        ["calls", "sq"], ["del", "b", "sq"], ["get", "a", "sq"], ["get", "b", "sq"], ["calls", "sq"]]),
    ("unhashable-instances", [
        ["model", "Row", [["sq", "sq", "square", "x"]], {"eq": True}],
        ["new", "a", "Row", {"x": 4}], ["new", "b", "Row", {"x": 4}],
        ["get", "a", "sq"], ["get", "b", "sq"], ["calls", "sq"], ["set", "a", "x", 5],
        ["del", "a", "sq"], ["get", "a", "sq"], ["get", "b", "sq"], ["calls", "sq"]],
     "Row defines __eq__: its instances cannot be dictionary keys"),
    ("read-on-the-class", [
        ["model", "M", [["sq", "sq", "square", "x"], ["e", "echo_x", "echo", "x"]]],
        ["field", "M", "sq"], ["field", "M", "e"], ["calls", "sq"], ["calls", "echo_x"]]),
    ("not-a-data-descriptor", [
        ["model", "M", [["sq", "sq", "square", "x"]]], ["field", "M", "sq"],
        ["new", "m", "M", {"x": 6}], ["get", "m", "sq"], ["field", "M", "sq"]],
     "a lazy defines no __set__/__delete__, so a cached read never reaches it"),
    ("failure-is-not-cached", [
        ["model", "M", [["v", "check", "checked", "x"]]], ["new", "m", "M", {"x": -1}],
        ["get", "m", "v"], ["get", "m", "v"], ["calls", "check"], ["dict", "m"],
        ["del", "m", "v"], ["set", "m", "x", 7], ["get", "m", "v"], ["get", "m", "v"],
        ["calls", "check"], ["dict", "m"]]),
    ("set-before-first-read", [
        ["model", "M", [["sq", "sq", "square", "x"]]], ["new", "m", "M", {"x": 3}],
        ["set", "m", "sq", "given"], ["get", "m", "sq"], ["calls", "sq"], ["del", "m", "sq"],
        ["get", "m", "sq"], ["calls", "sq"]]),
    ("del-before-first-read", [
        ["model", "M", [["sq", "sq", "square", "x"]]], ["new", "m", "M", {"x": 3}],
        ["del", "m", "sq"], ["get", "m", "sq"], ["del", "m", "sq"], ["del", "m", "sq"],
        ["calls", "sq"]]),
    ("attached-without-set-name", [
        ["model", "M", [["sq", "sq", "square", "x"]]],
        ["attach", "M", "late", "late_fn", "square", "x"], ["new", "m", "M", {"x": 2}],
        ["get", "m", "late"], ["get", "m", "sq"], ["dict", "m"]],
     "setattr on a class after it is made does not call __set_name__"),
    ("inherited", [
        ["model", "Base", [["sq", "sq", "square", "x"]]],
        ["model", "Child", [["e", "e", "echo", "x"]], {"bases": ["Base"]}],
        ["new", "c", "Child", {"x": 3}], ["new", "b", "Base", {"x": 4}],
        ["get", "c", "sq"], ["get", "c", "e"], ["get", "b", "sq"], ["get", "b", "e"],
        ["calls", "sq"], ["field", "Child", "sq"], ["dict", "c"]]),
    ("overridden-in-subclass", [
        ["model", "Base", [["v", "base_v", "square", "x"]]],
        ["model", "Child", [["v", "child_v", "echo", "x"]], {"bases": ["Base"]}],
        ["new", "b", "Base", {"x": 2}], ["new", "c", "Child", {"x": 2}],
        ["get", "b", "v"], ["get", "c", "v"], ["calls", "base_v"], ["calls", "child_v"]]),
    ("cached-value-is-the-same-object", [
        ["model", "M", [["e", "e", "echo", "x"]]], ["new", "m", "M", {"x": [1, 2]}],
        ["get", "m", "e"], ["set", "m", "x", [3]], ["get", "m", "e"], ["calls", "e"],
        ["del", "m", "e"], ["get", "m", "e"]]),
]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/instance_dict.py", "ref")
    other = load("solutions/accepted/on_cached_property.py", "other")
    sample = []
    for name, steps, want in SAMPLE:
        got = driver.run(reference, steps)
        assert got == want, (name, got, want)
        assert driver.run(other, steps) == want, name
        sample.append({"name": name, "args": [steps], "expected": got})
    hidden = []
    for name, steps, *note in HIDDEN:
        got = driver.run(reference, steps)
        assert driver.run(other, steps) == got, (name, got, driver.run(other, steps))
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
