#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for command-registry.

Each case is a scenario for driver.py. Expected results come from running
it through the driver with the reference solution
(solutions/accepted/marks_and_mro.py) and must agree with the other
accepted solution; the samples are also checked against results written
out by hand. Deterministic, stdlib only:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
KE = {"raised": "KeyError"}
VE = {"raised": "ValueError"}


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHELL = ["class", "Shell", [], True, [["add", ["add", "plus"]], ["echo", ["echo"]], ["helper"]]]
LOUD = ["class", "Loud", ["Shell"], True, [["echo"], ["shout", ["shout"]]]]

SAMPLE = [
    ("one-class", [
        SHELL, ["registry", "Shell"], ["new", "s", "Shell"], ["dispatch", "s", "plus", 1, 2],
        ["dispatch", "s", "helper"], ["call", "s", "add", 3]],
     [None, [["add", "add"], ["echo", "echo"], ["plus", "add"]], None,
      ["Shell", "add", [1, 2]], KE, ["Shell", "add", [3]]]),
    ("inherited-and-overridden", [
        SHELL, LOUD, ["registry", "Loud"], ["registry", "Shell"], ["new", "l", "Loud"],
        ["dispatch", "l", "echo", "hi"], ["dispatch", "l", "add", 1], ["new", "s", "Shell"],
        ["dispatch", "s", "shout"]],
     [None, None, [["add", "add"], ["echo", "echo"], ["plus", "add"], ["shout", "shout"]],
      [["add", "add"], ["echo", "echo"], ["plus", "add"]], None,
      ["Loud", "echo", ["hi"]], ["Shell", "add", [1]], None, KE]),
]

HIDDEN = [
    ("stacked-decorators", [
        ["class", "C", [], True, [["go", ["go", "g"], ["run"], ["start"]]]],
        ["registry", "C"], ["new", "c", "C"], ["dispatch", "c", "g", 1], ["dispatch", "c", "run"],
        ["dispatch", "c", "start"]],
     "each stacked @command adds its names"),
    ("clash-in-one-body", [
        ["class", "C", [], True, [["a", ["go"]], ["b", ["stop", "go"]]]],
        ["class", "D", [], True, [["a", ["x"]], ["b", ["y"]]]], ["registry", "D"],
        ["class", "C2", [], True, [["a", ["go"]], ["b", ["stop"]]]], ["new", "c", "C2"], ["dispatch", "c", "go"]],
     "two attributes of one class claim 'go': ValueError, and C is not defined"),
    ("same-name-in-subclass-is-an-override", [
        ["class", "A", [], True, [["start", ["go"]]]],
        ["class", "B", ["A"], True, [["launch", ["go"]]]],
        ["registry", "A"], ["registry", "B"], ["new", "b", "B"], ["dispatch", "b", "go"],
        ["new", "a", "A"], ["dispatch", "a", "go"]]),
    ("override-without-mark-keeps-command", [
        ["class", "A", [], True, [["echo", ["echo", "e"]], ["ping", ["ping"]]]],
        ["class", "B", ["A"], True, [["echo"], ["ping"]]],
        ["class", "C", ["B"], True, [["extra", ["x"]]]],
        ["registry", "C"], ["new", "c", "C"], ["dispatch", "c", "e", 1], ["dispatch", "c", "ping"],
        ["new", "b", "B"], ["dispatch", "b", "echo"]],
     "overriding a command's method without @command keeps the command, and dispatch calls the override"),
    ("siblings-do-not-share", [
        SHELL,
        ["class", "Left", ["Shell"], True, [["left", ["left"]]]],
        ["class", "Right", ["Shell"], True, [["right", ["right"]]]],
        ["registry", "Shell"], ["registry", "Left"], ["registry", "Right"],
        ["new", "r", "Right"], ["dispatch", "r", "left"], ["new", "s", "Shell"],
        ["dispatch", "s", "right"]]),
    ("undecorated-subclass-inherits", [
        SHELL, ["class", "Plain", ["Shell"], False, [["extra", ["extra"]], ["echo"]]],
        ["registry", "Plain"], ["new", "p", "Plain"], ["dispatch", "p", "echo", "x"],
        ["dispatch", "p", "extra"], ["call", "p", "extra"]],
     "without @commands a subclass has its base's registry; its own marks are not commands"),
    ("decorated-below-undecorated", [
        SHELL, ["class", "Mid", ["Shell"], False, [["mid", ["mid"]]]],
        ["class", "Low", ["Mid"], True, [["low", ["low"]]]],
        ["registry", "Low"], ["registry", "Mid"], ["new", "o", "Low"], ["dispatch", "o", "mid", 5]]),
    ("multiple-inheritance-mro-wins", [
        ["class", "A", [], True, [["a_go", ["go"]], ["a_only", ["a"]]]],
        ["class", "B", [], True, [["b_go", ["go"]], ["b_only", ["b"]]]],
        ["class", "C", ["A", "B"], True, [["mine", ["c"]]]],
        ["class", "D", ["B", "A"], True, []],
        ["registry", "C"], ["registry", "D"], ["new", "c", "C"], ["dispatch", "c", "go"],
        ["new", "d", "D"], ["dispatch", "d", "go"]],
     "the class first in the MRO wins a name, as it would for a plain attribute"),
    ("diamond", [
        ["class", "Root", [], True, [["r", ["go", "root"]]]],
        ["class", "L", ["Root"], True, [["l", ["go"]]]],
        ["class", "R", ["Root"], True, [["rr", ["right"]]]],
        ["class", "Bottom", ["L", "R"], True, []],
        ["registry", "Bottom"], ["new", "b", "Bottom"], ["dispatch", "b", "go"],
        ["dispatch", "b", "root"], ["dispatch", "b", "right"]]),
    ("marked-method-still-a-method", [
        ["class", "C", [], True, [["add", ["add"]], ["sub", ["minus"], ["sub"]]]],
        ["new", "c", "C"], ["call", "c", "add", 1, 2], ["call", "c", "sub", 5],
        ["dispatch", "c", "minus", 7], ["dispatch", "c", "nothing"]]),
    ("no-commands", [
        ["class", "E", [], True, [["plain"]]], ["registry", "E"], ["new", "e", "E"],
        ["dispatch", "e", "plain"], ["call", "e", "plain"]]),
]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/marks_and_mro.py", "ref")
    other = load("solutions/accepted/side_table.py", "other")
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
