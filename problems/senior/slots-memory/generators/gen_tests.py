#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/memory.json for
slots-memory.

Step scenarios get their expected results from driver.py run with the
reference solution (solutions/accepted/slots.py) and must agree with the
dataclass solution; the sample cases (the statement's examples) are also
checked against results written out by hand. The bulk cases' checksums are
computed here by formula and cross-checked against the driver on smaller
counts.

Deterministic, stdlib only. Run from anywhere:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
TESTS = os.path.join(PROBLEM, "tests")

AE = {"raised": "AttributeError"}

# Instances the memory tests keep alive at once. With memory_mb = 64 (the
# whole Python process), slotted Points need about 50 MB of address space
# and plain-class Points about 82 MB (measured with the judge, Python 3.11).
BULK_POINTS = 700_000
BULK_POINT3S = 300_000


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def new(name, cls, *coords):
    return ["new", name, cls, *coords]


def get(name, attr):
    return ["get", name, attr]


def set_(name, attr, value):
    return ["set", name, attr, value]


def has_dict(name):
    return ["has_dict", name]


def eq(a, b):
    return ["eq", a, b]


def ne(a, b):
    return ["ne", a, b]


def eq_value(a, v):
    return ["eq_value", a, v]


def same_hash(a, b):
    return ["same_hash", a, b]


def distinct(*names):
    return ["distinct", list(names)]


def repr_(name):
    return ["repr", name]


def is_point(name):
    return ["is_point", name]


SAMPLE = [
    ("point-basics", [
        new("p", "Point", 1, 2), get("p", "x"), set_("p", "x", 5), repr_("p"),
        set_("p", "color", "red"), has_dict("p"),
    ], [None, 1, None, "Point(5, 2)", AE, False]),
    ("equality-and-hashing", [
        new("a", "Point", 1, 2), new("b", "Point", 1, 2), new("c", "Point3", 1, 2, 0),
        eq("a", "b"), same_hash("a", "b"), eq("a", "c"), distinct("a", "b", "c"),
        repr_("c"), is_point("c"), set_("c", "w", 1), has_dict("c"),
    ], [None, None, None, True, True, False, 2, "Point3(1, 2, 0)", True, AE, False]),
]

HIDDEN = [
    ("undeclared-attributes-rejected", [
        new("p", "Point", 0, 0), set_("p", "z", 1), set_("p", "__dict__", {}), set_("p", "name", "p"),
        get("p", "x"), get("p", "y"), has_dict("p")]),
    ("point3-undeclared-rejected", [
        new("q", "Point3", 1, 2, 3), set_("q", "w", 4), set_("q", "color", "red"),
        get("q", "z"), has_dict("q")]),
    ("point3-coordinates", [
        new("q", "Point3", -7, 8, 9), get("q", "x"), get("q", "y"), get("q", "z"),
        set_("q", "z", 10), set_("q", "x", 0), get("q", "z"), get("q", "x"), repr_("q")]),
    ("mutation", [
        new("p", "Point", 1, 1), new("q", "Point", 2, 2), ne("p", "q"), set_("p", "x", 2),
        set_("p", "y", 2), eq("p", "q"), same_hash("p", "q"), repr_("p"), distinct("p", "q")]),
    ("equality-same-class-only", [
        new("p", "Point", 1, 2), new("q", "Point3", 1, 2, 0), new("r", "Point3", 1, 2, 0),
        eq("p", "q"), eq("q", "p"), ne("p", "q"), eq("q", "r"), ne("q", "r"), same_hash("q", "r")]),
    ("point3-compares-z", [
        new("a", "Point3", 1, 2, 3), new("b", "Point3", 1, 2, 4), new("c", "Point3", 1, 2, 3),
        eq("a", "b"), ne("a", "b"), eq("a", "c"), distinct("a", "b", "c")]),
    ("order-of-coordinates", [
        new("a", "Point", 1, 2), new("b", "Point", 2, 1), eq("a", "b"), ne("a", "b"),
        distinct("a", "b"), new("c", "Point3", 1, 2, 3), new("d", "Point3", 3, 2, 1), eq("c", "d")]),
    ("not-equal-to-tuples-or-numbers", [
        new("p", "Point", 1, 2), eq_value("p", {"$tuple": [1, 2]}), eq_value("p", [1, 2]),
        eq_value("p", 3), eq_value("p", None), eq_value("p", "Point(1, 2)"),
        new("q", "Point3", 1, 2, 3), eq_value("q", {"$tuple": [1, 2, 3]})]),
    ("hash-set-dedup", [
        new("a", "Point", 0, 0), new("b", "Point", 0, 0), new("c", "Point", 0, 1),
        new("d", "Point3", 0, 0, 0), new("e", "Point3", 0, 0, 0), new("f", "Point3", 0, 0, 1),
        distinct("a", "b", "c", "d", "e", "f"), same_hash("a", "b"), same_hash("d", "e")]),
    ("repr-negative-and-big", [
        new("p", "Point", -1, 0), new("q", "Point3", -10**20, 10**20, -3), repr_("p"), repr_("q"),
        get("q", "x")]),
    ("subclass-is-a-point", [
        new("p", "Point", 1, 2), new("q", "Point3", 1, 2, 3), is_point("p"), is_point("q"),
        has_dict("p"), has_dict("q")]),
    ("many-distinct", [new("p%d" % i, "Point", i % 5, i // 5) for i in range(25)]
        + [new("q%d" % i, "Point3", i % 3, i % 2, i % 5) for i in range(30)]
        + [distinct(*["p%d" % i for i in range(25)] + ["q%d" % i for i in range(30)])]),
]


def bulk_checksum(cls, n):
    total = 0
    for i in range(n):
        total += (i % 251) + 2 * (i % 256) + (3 * (i % 97) if cls == "Point3" else 0)
    return [n, total]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/slots.py", "ref")
    other = load("solutions/accepted/dataclass_slots.py", "other")

    def decode(v):
        if isinstance(v, dict) and list(v) == ["$tuple"]:
            return tuple(v["$tuple"])
        return v

    def run_steps(module, steps):
        return driver.run(module, "steps", [[decode(x) for x in s] for s in steps])

    sample = []
    for name, steps, want in SAMPLE:
        got = run_steps(reference, steps)
        assert got == want, (name, got, want)
        assert run_steps(other, steps) == want, name
        sample.append({"name": name, "args": ["steps", steps], "expected": got})
    hidden = []
    for name, steps in HIDDEN:
        got = run_steps(reference, steps)
        assert run_steps(other, steps) == got, name
        hidden.append({"name": name, "args": ["steps", steps], "expected": got})
    for cls in ("Point", "Point3"):
        for n in (0, 1, 2, 1000, 12345):
            want = bulk_checksum(cls, n)
            assert driver.run(reference, "bulk", cls, n) == want
            assert driver.run(other, "bulk", cls, n) == want
    hidden.append({"name": "bulk-small", "args": ["bulk", "Point", 1000],
                   "expected": bulk_checksum("Point", 1000)})
    hidden.append({"name": "bulk-small-point3", "args": ["bulk", "Point3", 1000],
                   "expected": bulk_checksum("Point3", 1000)})
    memory = [
        {"name": "many-points", "args": ["bulk", "Point", BULK_POINTS],
         "expected": bulk_checksum("Point", BULK_POINTS),
         "note": "700k slotted Points fit in 64 MB; 700k plain-class ones do not"},
        {"name": "many-point3s", "args": ["bulk", "Point3", BULK_POINT3S],
         "expected": bulk_checksum("Point3", BULK_POINT3S)},
    ]
    for fname, cases in (("sample.json", sample), ("hidden.json", hidden), ("memory.json", memory)):
        path = os.path.join(TESTS, fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n")
            fh.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
            fh.write("\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(cases)))


if __name__ == "__main__":
    main()
