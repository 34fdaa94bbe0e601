#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for plugin-registry.

Each case is a scenario for driver.py. Expected results come from running
the scenario through the driver with the reference solution
(solutions/accepted/metaclass_new.py), and every case is checked against
the second accepted solution; the sample cases (the statement's examples)
are also checked against results written out by hand. Names registered
under the solution's own Plugin class must be unique across all cases,
because Plugin's registry lives for the whole run: the script checks that.

Deterministic, stdlib only. Run from anywhere:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
TESTS = os.path.join(PROBLEM, "tests")


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TE = {"raised": "TypeError"}
VE = {"raised": "ValueError"}


def root(name, bases=(), attrs=None):
    step = ["root", name]
    if bases or attrs:
        step.append(list(bases))
    if attrs:
        step.append(attrs)
    return step


def cls(clsname, bases, **attrs):
    return ["class", clsname, list(bases), attrs]


def plain(name):
    return ["plain", name]


def reg(name):
    return ["registry", name]


def same(a, b):
    return ["same", a, b]


def new(name):
    return ["new", name]


def attr(name, a):
    return ["attr", name, a]


SAMPLE = [
    ("two-exporters", [
        root("Exporter"),
        cls("CsvExporter", ["Exporter"], name="csv"),
        cls("JsonExporter", ["Exporter"], name="json"),
        reg("Exporter"),
        same("JsonExporter", "Exporter"),
    ], [None, None, None, [["csv", "CsvExporter"], ["json", "JsonExporter"]], True]),
    ("mistakes", [
        root("Loader"),
        cls("YamlLoader", ["Loader"], name="yaml"),
        cls("OtherYaml", ["Loader"], name="yaml"),
        cls("Nameless", ["Loader"]),
        cls("StrictYaml", ["YamlLoader"]),
        reg("Loader"),
    ], [None, None, VE, TE, TE, [["yaml", "YamlLoader"]]]),
    ("abstract-and-two-hierarchies", [
        root("Codec"),
        cls("TextCodec", ["Codec"], abstract=True),
        cls("Utf8", ["TextCodec"], name="utf-8"),
        root("Store"),
        cls("Utf8Store", ["Store"], name="utf-8"),
        reg("Codec"),
        reg("Store"),
    ], [None, None, None, None, None, [["utf-8", "Utf8"]], [["utf-8", "Utf8Store"]]]),
]


def many_plugins():
    steps = [root("Formats")]
    names = []
    for i in range(60):
        n = "fmt-%02d" % ((i * 37) % 60)  # registration order is not sorted order
        names.append(n)
        steps.append(cls("F%d" % i, ["Formats"], name=n))
    steps.append(reg("Formats"))
    steps.append(cls("Again", ["Formats"], name="fmt-17"))
    steps.append(reg("Formats"))
    return steps


HIDDEN = [
    ("root-alone-is-empty", [root("R"), reg("R"), new("R"), same("R", "R")]),
    ("root-with-a-name-is-not-registered", [
        root("R", (), {"name": "r"}), reg("R"), attr("R", "name"),
        cls("A", ["R"], name="r"), reg("R")]),
    ("registered-at-class-creation", [
        root("R"), cls("A", ["R"], name="a"), reg("R"),
        new("A"), new("A"), reg("R"), attr("A", "name")]),
    ("duplicate-detected-before-any-instance", [
        root("R"), cls("A", ["R"], name="x"), cls("B", ["R"], name="x"),
        cls("C", ["R"], name="y"), reg("R")]),
    ("duplicate-keeps-the-first", [
        root("R"), cls("First", ["R"], name="dup"), cls("Second", ["R"], name="dup"),
        reg("R"), new("First")]),
    ("missing-name", [root("R"), cls("A", ["R"]), cls("B", ["R"], label="b"), reg("R")]),
    ("name-not-a-string", [
        root("R"), cls("A", ["R"], name=42), cls("B", ["R"], name=None),
        cls("C", ["R"], name=["x"]), cls("D", ["R"], name=True), reg("R")]),
    ("name-empty-string", [root("R"), cls("A", ["R"], name=""), cls("B", ["R"], name=" "), reg("R")],
     "a single space is a non-empty string"),
    ("inherited-name-does-not-count", [
        root("R"), cls("A", ["R"], name="a"), cls("B", ["A"]), cls("C", ["A"], version=2), reg("R")],
     "B and C inherit name 'a': TypeError, not a duplicate"),
    ("subclass-of-plugin-with-own-name", [
        root("R"), cls("A", ["R"], name="a"), cls("B", ["A"], name="b"),
        reg("R"), same("B", "R"), same("B", "A"), attr("B", "name"), attr("A", "name")]),
    ("grandchildren-share-the-root-registry", [
        root("R"), cls("A", ["R"], name="a"), cls("B", ["A"], name="b"),
        cls("C", ["B"], name="c"), cls("D", ["C"], name="d"),
        reg("R"), reg("B"), reg("D"), same("D", "R")]),
    ("abstract-base-not-registered", [
        root("R"), cls("Base", ["R"], abstract=True), cls("Impl", ["Base"], name="impl"),
        reg("R"), same("Impl", "R"), same("Base", "R"), reg("Base")]),
    ("abstract-is-not-inherited", [
        root("R"), cls("Base", ["R"], abstract=True), cls("Child", ["Base"]),
        cls("Grandchild", ["Base"], name="g"), cls("Deeper", ["Grandchild"]), reg("R")]),
    ("abstract-false-needs-a-name", [
        root("R"), cls("A", ["R"], abstract=False), cls("B", ["R"], abstract=False, name="b"),
        reg("R")]),
    ("abstract-with-a-name-frees-the-name", [
        root("R"), cls("Base", ["R"], abstract=True, name="base"),
        cls("Impl", ["Base"], name="base"), reg("R")]),
    ("abstract-chain", [
        root("R"), cls("A", ["R"], abstract=True), cls("B", ["A"], abstract=True),
        cls("C", ["B"], name="c"), cls("D", ["B"], name="d"), reg("R")]),
    ("diamond-registers-once", [
        root("R"), cls("A", ["R"], name="a"), cls("B", ["R"], name="b"),
        cls("C", ["A", "B"], name="c"), reg("R"), same("C", "R")]),
    ("mixin-before-plugin-base", [
        plain("Mixin"), plain("Other"), root("R"), cls("A", ["Mixin", "R"], name="a"),
        cls("B", ["Other", "A"], name="b"), reg("R"), same("A", "R"), same("B", "R"), new("B")]),
    ("root-with-plain-base", [
        plain("Base"), root("R", ["Base"]), reg("R"), cls("A", ["R"], name="a"), reg("R"),
        same("A", "R")]),
    ("two-roots-same-names", [
        root("R1"), root("R2"),
        cls("A1", ["R1"], name="json"), cls("A2", ["R2"], name="json"),
        cls("B1", ["R1"], name="csv"), cls("B2", ["A2"], name="csv"),
        reg("R1"), reg("R2"), same("R1", "R2"), same("B2", "R2")]),
    ("two-roots-interleaved-duplicates", [
        root("R1"), cls("A", ["R1"], name="x"), root("R2"), cls("B", ["R2"], name="x"),
        cls("C", ["R1"], name="x"), cls("D", ["R2"], name="y"), cls("E", ["B"], name="y"),
        reg("R1"), reg("R2")]),
    ("sibling-roots-fresh-registries", [
        root("R1"), root("R2"), root("R3"), reg("R1"), reg("R2"), reg("R3"),
        same("R1", "R2"), same("R2", "R3")]),
    ("unicode-and-case", [
        root("R"), cls("A", ["R"], name="csv"), cls("B", ["R"], name="CSV"),
        cls("C", ["R"], name="экспорт"), cls("D", ["R"], name="导出"),
        cls("E", ["R"], name="Экспорт"), cls("F", ["R"], name="экспорт"), reg("R")]),
    ("class-attributes-kept", [
        root("R"), cls("A", ["R"], name="a", version=3, tags="x,y"),
        attr("A", "version"), attr("A", "tags"), attr("A", "name"), new("A")]),
    ("many-plugins-in-order", many_plugins()),
    ("default-plugin-hierarchy", [
        cls("PRDefaultCsv", ["Plugin"], name="plugin-registry/default/csv"),
        cls("PRDefaultJson", ["Plugin"], name="plugin-registry/default/json"),
        reg("Plugin"), same("PRDefaultCsv", "Plugin"),
        cls("PRDefaultDup", ["Plugin"], name="plugin-registry/default/csv"),
        cls("PRDefaultNameless", ["Plugin"]), reg("Plugin"), new("Plugin")],
     "Plugin itself must not appear in its registry"),
    ("default-plugin-vs-fresh-root", [
        cls("PRSepPlugin", ["Plugin"], name="plugin-registry/separate/x"),
        root("Other"), cls("PRSepOther", ["Other"], name="plugin-registry/separate/x"),
        reg("Other"), reg("Plugin"), same("Other", "Plugin")]),
    ("default-plugin-abstract", [
        cls("PRAbsBase", ["Plugin"], abstract=True),
        cls("PRAbsImpl", ["PRAbsBase"], name="plugin-registry/abstract/impl"),
        reg("Plugin"), same("PRAbsBase", "Plugin")]),
]


def plugin_names(cases):
    """Names a case registers (or tries to) under the solution's Plugin."""
    out = []
    for _, steps, *rest in cases:
        under_plugin = {"Plugin"}
        for step in steps:
            if step[0] == "class" and any(b in under_plugin for b in step[2]):
                under_plugin.add(step[1])
                if "name" in step[3]:
                    out.append(step[3]["name"])
    return out


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/metaclass_new.py", "ref")
    other = load("solutions/accepted/metaclass_init.py", "other")

    # duplicates under Plugin are only allowed inside one case
    per_case = [set(plugin_names([c])) for c in SAMPLE + HIDDEN]
    seen = set()
    for names in per_case:
        assert not (names & seen), names & seen
        seen |= names

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
        path = os.path.join(TESTS, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
            f.write("\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(cases)))


if __name__ == "__main__":
    main()
