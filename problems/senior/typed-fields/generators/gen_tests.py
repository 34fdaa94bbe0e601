#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for typed-fields.

Each case is a scenario for driver.py. Expected results come from running
it through the driver with the reference solution
(solutions/accepted/instance_dict.py) and must agree with the second
accepted solution; the sample cases (the statement's examples) are also
checked against results written out by hand.

Deterministic, stdlib only. Run from anywhere:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
TESTS = os.path.join(PROBLEM, "tests")

TE = {"raised": "TypeError"}
VE = {"raised": "ValueError"}
AE = {"raised": "AttributeError"}


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def model(name, fields, bases=(), eq=False):
    extra = {}
    if bases:
        extra["bases"] = list(bases)
    if eq:
        extra["eq"] = True
    step = ["model", name, fields]
    if extra:
        step.append(extra)
    return step


def f(attr, type_name, **options):
    return [attr, type_name, options] if options else [attr, type_name]


def new(obj, model_name):
    return ["new", obj, model_name]


def set_(obj, attr, value):
    return ["set", obj, attr, value]


def set_new(obj, attr, cls):
    return ["set_new", obj, attr, cls]


def get(obj, attr):
    return ["get", obj, attr]


def del_(obj, attr):
    return ["del", obj, attr]


def field(model_name, attr):
    return ["field", model_name, attr]


def calls(model_name, attr):
    return ["calls", model_name, attr]


PRODUCT = model("Product", [
    f("title", "str", validator=["nonempty"]),
    f("price", "float", validator=["min", 0]),
    f("stock", "int", default=0),
])

SAMPLE = [
    ("product", [
        PRODUCT, new("p", "Product"),
        set_("p", "title", "Lamp"), set_("p", "price", 20), get("p", "price"),
        get("p", "stock"), set_("p", "stock", True), set_("p", "price", -1.5),
        get("p", "price"), field("Product", "price"),
    ], [None, None, None, None, 20.0, 0, TE, VE, 20.0, [True, "price"]]),
    ("two-instances-and-del", [
        PRODUCT, new("a", "Product"), new("b", "Product"),
        set_("a", "title", "Lamp"), set_("b", "title", "Desk"), get("a", "title"), get("b", "title"),
        del_("a", "title"), get("a", "title"), get("b", "title"),
        set_("a", "stock", 5), del_("a", "stock"), get("a", "stock"), del_("a", "stock"),
    ], [None, None, None, None, None, "Lamp", "Desk", None, AE, "Desk", None, None, 0, AE]),
]


def many_instances():
    steps = [model("Cell", [f("v", "int"), f("tag", "str", default="-")], eq=True)]
    for i in range(40):
        steps.append(new("c%d" % i, "Cell"))
        steps.append(set_("c%d" % i, "v", i * i - 100))
        if i % 3 == 0:
            steps.append(set_("c%d" % i, "tag", "t%d" % i))
    for i in range(0, 40, 7):
        steps.append(del_("c%d" % i, "v"))
    for i in range(40):
        steps.append(get("c%d" % i, "v"))
        steps.append(get("c%d" % i, "tag"))
    return steps


HIDDEN = [
    ("class-access-returns-the-field", [
        model("M", [f("x", "int"), f("label", "str", default="none")]),
        field("M", "x"), field("M", "label"), new("m", "M"), set_("m", "x", 3), field("M", "x")]),
    ("set-name-per-attribute", [
        model("Pair", [f("left", "int"), f("right", "int")]),
        field("Pair", "left"), field("Pair", "right"), new("p", "Pair"),
        set_("p", "left", 1), set_("p", "right", 2), get("p", "left"), get("p", "right")],
     "two fields of the same type in one class must not share storage"),
    ("unset-without-default", [
        model("M", [f("x", "int")]), new("m", "M"), get("m", "x"), del_("m", "x"),
        set_("m", "x", 0), get("m", "x")]),
    ("values-are-per-instance", [
        model("M", [f("x", "int")]), new("a", "M"), new("b", "M"), new("c", "M"),
        set_("a", "x", 1), set_("b", "x", 2), get("a", "x"), get("b", "x"), get("c", "x"),
        set_("a", "x", 10), get("b", "x"), del_("b", "x"), get("a", "x"), get("b", "x")]),
    ("values-are-per-instance-unhashable", [
        model("Row", [f("id", "int"), f("name", "str", default="?")], eq=True),
        new("a", "Row"), new("b", "Row"), set_("a", "id", 1), set_("b", "id", 2),
        set_("a", "name", "first"), get("a", "id"), get("b", "id"), get("a", "name"),
        get("b", "name"), del_("a", "id"), get("a", "id"), get("b", "id")],
     "Row defines __eq__, so its instances cannot be dict keys"),
    ("bool-rejected-by-int", [
        model("M", [f("n", "int")]), new("m", "M"), set_("m", "n", True), set_("m", "n", False),
        get("m", "n"), set_("m", "n", 7), set_("m", "n", False), get("m", "n")]),
    ("bool-field", [
        model("M", [f("flag", "bool")]), new("m", "M"), set_("m", "flag", True), get("m", "flag"),
        set_("m", "flag", 1), set_("m", "flag", 0), set_("m", "flag", "yes"), get("m", "flag"),
        set_("m", "flag", False), get("m", "flag")]),
    ("bool-rejected-by-float", [
        model("M", [f("ratio", "float")]), new("m", "M"), set_("m", "ratio", True),
        get("m", "ratio"), set_("m", "ratio", 0.5), set_("m", "ratio", False), get("m", "ratio")]),
    ("int-accepted-by-float-and-converted", [
        model("M", [f("price", "float")]), new("m", "M"), set_("m", "price", 3), get("m", "price"),
        set_("m", "price", -7), get("m", "price"), set_("m", "price", 0), get("m", "price"),
        set_("m", "price", 10**15), get("m", "price"), set_("m", "price", 2.25), get("m", "price")]),
    ("float-not-accepted-by-int", [
        model("M", [f("n", "int")]), new("m", "M"), set_("m", "n", 3.0), set_("m", "n", 2.5),
        get("m", "n"), set_("m", "n", "3"), set_("m", "n", None), get("m", "n")]),
    ("str-and-bytes-distinct", [
        model("M", [f("s", "str"), f("b", "bytes")]), new("m", "M"),
        set_("m", "s", {"$bytes": "raw"}), set_("m", "b", "text"), set_("m", "s", "text"),
        set_("m", "b", {"$bytes": "raw"}), get("m", "s"), get("m", "b"),
        set_("m", "s", "ünïcödé ✓"), get("m", "s")]),
    ("containers", [
        model("M", [f("items", "list"), f("pair", "tuple"), f("meta", "dict")]), new("m", "M"),
        set_("m", "items", {"$tuple": [1, 2]}), set_("m", "pair", [1, 2]),
        set_("m", "items", [1, 2]), set_("m", "pair", {"$tuple": [1, 2]}),
        set_("m", "meta", {"k": 1}), set_("m", "meta", [["k", 1]]),
        get("m", "items"), get("m", "pair"), get("m", "meta")]),
    ("subclass-instances-accepted", [
        model("Owner", [f("pet", "Animal"), f("dog", "Dog")]), new("o", "Owner"),
        set_new("o", "pet", "Dog"), get("o", "pet"), set_new("o", "pet", "Cat"), get("o", "pet"),
        set_new("o", "pet", "Animal"), get("o", "pet"), set_new("o", "dog", "Cat"),
        set_new("o", "dog", "Animal"), set_new("o", "dog", "Dog"), get("o", "dog"),
        set_("o", "pet", "Rex")]),
    ("object-field-takes-anything", [
        model("M", [f("any", "object")]), new("m", "M"), set_("m", "any", True), get("m", "any"),
        set_("m", "any", None), get("m", "any"), set_("m", "any", [1, "x"]), get("m", "any"),
        set_new("m", "any", "Cat"), get("m", "any")]),
    ("validator-rejects-keeps-old-value", [
        model("M", [f("age", "int", validator=["range", 0, 150])]), new("m", "M"),
        set_("m", "age", 30), set_("m", "age", 151), get("m", "age"), set_("m", "age", -1),
        get("m", "age"), set_("m", "age", 150), get("m", "age"), set_("m", "age", 0), get("m", "age")]),
    ("validator-rejects-while-unset", [
        model("M", [f("age", "int", validator=["min", 18])]), new("m", "M"),
        set_("m", "age", 17), get("m", "age"), set_("m", "age", 18), get("m", "age")]),
    ("type-checked-before-validator", [
        model("M", [f("v", "int", validator=["record"])]), new("m", "M"),
        set_("m", "v", "5"), set_("m", "v", True), set_("m", "v", 5.0), set_("m", "v", 5),
        calls("M", "v"), get("m", "v")],
     "the validator sees only values that passed the type check"),
    ("validator-sees-converted-float", [
        model("M", [f("x", "float", validator=["record"])]), new("m", "M"),
        set_("m", "x", 2), set_("m", "x", 0.5), set_("m", "x", -3), calls("M", "x")]),
    ("validator-called-once-per-set", [
        model("M", [f("s", "str", validator=["record"])]), new("a", "M"), new("b", "M"),
        set_("a", "s", "x"), set_("b", "s", "y"), get("a", "s"), get("a", "s"), get("b", "s"),
        del_("a", "s"), calls("M", "s")]),
    ("validator-falsy-result", [
        model("M", [f("name", "str", validator=["len"]), f("n", "int", validator=["oneof", [1, 2, 3]])]),
        new("m", "M"), set_("m", "name", ""), get("m", "name"), set_("m", "name", "ok"),
        get("m", "name"), set_("m", "n", 4), set_("m", "n", 3), get("m", "n")],
     "len('') is 0: any falsy result rejects the value"),
    ("validator-exception-propagates", [
        model("M", [f("v", "int", validator=["raises"])]), new("m", "M"), set_("m", "v", 1),
        get("m", "v"), set_("m", "v", "no"), get("m", "v")]),
    ("default-values", [
        model("M", [f("count", "int", default=0), f("name", "str", default="anon"),
                    f("ratio", "float", default=1.5), f("opt", "int", default=None)]),
        new("a", "M"), new("b", "M"), get("a", "count"), get("a", "name"), get("a", "ratio"),
        get("a", "opt"), set_("a", "count", 4), get("a", "count"), get("b", "count"),
        set_("a", "opt", None), get("a", "opt"), set_("a", "opt", 9), get("a", "opt"),
        get("b", "opt")],
     "a default is returned as is, even when it has another type (None)"),
    ("default-after-del", [
        model("M", [f("count", "int", default=7)]), new("m", "M"), set_("m", "count", 1),
        del_("m", "count"), get("m", "count"), del_("m", "count"), get("m", "count"),
        set_("m", "count", 2), get("m", "count")]),
    ("del-twice", [
        model("M", [f("x", "str")]), new("m", "M"), set_("m", "x", "a"), del_("m", "x"),
        del_("m", "x"), get("m", "x"), set_("m", "x", "b"), get("m", "x")]),
    ("failed-set-keeps-old-value", [
        model("M", [f("x", "int", validator=["min", 0])]), new("m", "M"), set_("m", "x", 5),
        set_("m", "x", "7"), get("m", "x"), set_("m", "x", -7), get("m", "x"), set_("m", "x", True),
        get("m", "x")]),
    ("two-models-same-attribute-name", [
        model("A", [f("x", "int")]), model("B", [f("x", "str")]), new("a", "A"), new("b", "B"),
        set_("a", "x", 1), set_("b", "x", "one"), set_("a", "x", "one"), set_("b", "x", 1),
        get("a", "x"), get("b", "x"), field("A", "x"), field("B", "x")]),
    ("inherited-fields", [
        model("Base", [f("id", "int")]), model("Child", [f("name", "str")], bases=["Base"]),
        new("c", "Child"), new("b", "Base"), set_("c", "id", 1), set_("c", "name", "x"),
        set_("c", "id", "1"), set_("b", "id", 2), get("c", "id"), get("b", "id"),
        get("c", "name"), field("Child", "id"), field("Child", "name")]),
    ("overridden-field", [
        model("Base", [f("v", "int")]), model("Child", [f("v", "str")], bases=["Base"]),
        new("b", "Base"), new("c", "Child"), set_("b", "v", 1), set_("c", "v", 1),
        set_("c", "v", "s"), set_("b", "v", "s"), get("b", "v"), get("c", "v")]),
    ("many-instances-unhashable", many_instances()),
]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/instance_dict.py", "ref")
    other = load("solutions/accepted/vars_storage.py", "other")
    sample = []
    for name, steps, want in SAMPLE:
        got = driver.run(reference, steps)
        assert got == want, (name, got, want)
        assert driver.run(other, steps) == want, name
        sample.append({"name": name, "args": [steps], "expected": got})
    hidden = []
    for name, steps, *note in HIDDEN:
        decoded = decode(steps)
        got = driver.run(reference, decoded)
        other_got = driver.run(other, decoded)
        assert repr(other_got) == repr(got), (name, got, other_got)
        case = {"name": name, "args": [steps], "expected": encode(got)}
        if note:
            case["note"] = note[0]
        hidden.append(case)
    for fname, cases in (("sample.json", sample), ("hidden.json", hidden)):
        path = os.path.join(TESTS, fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n")
            fh.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
            fh.write("\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(cases)))


def decode(value):
    """The judge's value encoding, for the few tags used here."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1:
            (key, inner), = value.items()
            if key == "$bytes":
                return inner.encode("latin-1")
            if key == "$tuple":
                return tuple(decode(v) for v in inner)
        return {k: decode(v) for k, v in value.items()}
    return value


def encode(value):
    if isinstance(value, bytes):
        return {"$bytes": value.decode("latin-1")}
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        assert all(isinstance(k, str) and not k.startswith("$") for k in value)
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, float):
        assert value == value and abs(value) != float("inf")
    return value


if __name__ == "__main__":
    main()
