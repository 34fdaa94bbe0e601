#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for memoize.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected reports come from `reference`, a brute-force simulation of the
rules with no dicts or hashing for the cache: every decorated function
keeps a list of (args, kwargs, result) and a call scans it, comparing
value by value with the statement's rule (equal and of the same type).
Every case is then cross-checked by running driver.py on the JSON-decoded
arguments with each accepted solution, comparing the encoded reports
(so 1, 1.0 and True stay different).
"""
import glob
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 20240611


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the value encoding (docs/values.md), for the few types used here --------

def encode(v):
    if v is None or type(v) in (bool, int, float, str):
        return v
    if type(v) is list:
        return [encode(x) for x in v]
    if type(v) is tuple:
        return {"$tuple": [encode(x) for x in v]}
    if type(v) is dict:
        assert all(type(k) is str and not k.startswith("$") for k in v)
        return {k: encode(x) for k, x in v.items()}
    raise TypeError("cannot encode %r" % (v,))


def decode(v):
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        if len(v) == 1 and next(iter(v)).startswith("$"):
            (tag, inner), = v.items()
            assert tag == "$tuple", tag
            return tuple(decode(x) for x in inner)
        return {k: decode(x) for k, x in v.items()}
    return v


# -- the reference ------------------------------------------------------------

def same(a, b):
    return type(a) is type(b) and a == b


def same_call(args1, kwargs1, args2, kwargs2):
    return (len(args1) == len(args2) and all(same(a, b) for a, b in zip(args1, args2))
            and set(kwargs1) == set(kwargs2) and all(same(kwargs1[k], kwargs2[k]) for k in kwargs1))


def hashable(v):
    try:
        hash(v)
        return True
    except TypeError:
        return False


class RefError(Exception):
    def __init__(self, name, original):
        self.name, self.original = name, original


def reference(functions, calls):
    originals = {}  # spec name -> {"spec", "runs"}
    owner, entries = {}, {}
    report = {"functions": [], "calls": [], "runs": {}}
    for spec in functions:
        name = spec["name"]
        if "same_as" in spec:
            owner[name] = owner[spec["same_as"]]
        else:
            owner[name] = originals[name] = {"spec": spec, "runs": 0}
        entries[name] = []
        orig = owner[name]["spec"]
        report["functions"].append({"name": orig["name"], "doc": orig.get("doc"), "wrapped": True})

    def run_original(name, args, kwargs):
        state = owner[name]
        spec = state["spec"]
        state["runs"] += 1
        n = state["runs"]
        if n in spec.get("fail_runs", ()):
            raise RefError("ValueError", True)
        mode = spec.get("returns", "args")
        if mode == "args":
            return {"args": list(args), "kwargs": dict(kwargs), "run": n}
        if mode == "const":
            return spec.get("value")
        if mode == "square":
            return args[0] * args[0]
        if mode == "fib":
            k = args[0]
            return k if k < 2 else call(name, (k - 1,), {}) + call(name, (k - 2,), {})
        raise AssertionError(mode)

    def call(name, args, kwargs):
        if not all(hashable(v) for v in list(args) + list(kwargs.values())):
            raise RefError("TypeError", False)
        for a, kw, result in entries[name]:
            if same_call(a, kw, args, kwargs):
                return result
        result = run_original(name, args, kwargs)
        entries[name].append((args, kwargs, result))
        return result

    def fast_sweep(name, n):
        # the sweep's answer without a quadratic scan: only for fresh,
        # "square" functions with nothing cached yet
        assert owner[name]["spec"]["returns"] == "square" and not entries[name]
        owner[name]["runs"] += n
        entries[name].extend(((i,), {}, i * i) for i in range(n))
        return 2 * sum(i * i for i in range(n)), n

    for op in calls:
        kind, name = op[0], op[1]
        state = owner[name]
        before = state["runs"]
        if kind == "clear":
            entries[name] = []
            report["calls"].append({"cleared": None})
        elif kind == "sweep":
            n = op[2]
            if n > 1000:
                total, runs = fast_sweep(name, n)
            else:
                total = sum(call(name, (i,), {}) for i in list(range(n)) + list(range(n - 1, -1, -1)))
                runs = state["runs"] - before
            report["calls"].append({"sum": total, "runs": runs})
        else:
            args, kwargs = tuple(op[2]), dict(op[3])
            try:
                report["calls"].append({"returned": call(name, args, kwargs), "runs": state["runs"] - before})
            except RefError as e:
                report["calls"].append({"raised": e.name, "original": e.original, "runs": state["runs"] - before})
    for name, state in originals.items():
        report["runs"][name] = state["runs"]
    return report


# -- building cases -----------------------------------------------------------

def fn(name, doc=None, returns="args", **extra):
    spec = {"name": name, "doc": doc, "returns": returns}
    spec.update(extra)
    return spec


def c(fname, /, *args, **kwargs):
    return ["call", fname, list(args), kwargs]


def clear(name):
    return ["clear", name]


def sweep(name, n):
    return ["sweep", name, n]


def case(name, functions, calls, note=None):
    args = [encode(functions), encode(calls)]
    out = {"name": name, "args": args, "expected": encode(reference(functions, calls))}
    if note:
        out["note"] = note
    return out


LOOKUP = "Look up a record (slow)."


SAMPLE = [
    case("repeat-is-cached",
         [fn("lookup", LOOKUP)],
         [c("lookup", "apple"), c("lookup", "pear"), c("lookup", "apple"),
          clear("lookup"), c("lookup", "apple")]),
    case("call-shapes-and-types",
         [fn("area", "Width times height.")],
         [c("area", 2, 3), c("area", 2, h=3), c("area", w=2, h=3), c("area", h=3, w=2),
          c("area", 2.0, 3), c("area", 2, 3)],
         note="keyword order does not matter; positional vs keyword and 2 vs 2.0 do"),
    case("errors-none-unhashable",
         [fn("fetch", "Fetch a page.", fail_runs=[1]), fn("find", "Find a user, or None.", "const", value=None)],
         [c("fetch", 7), c("fetch", 7), c("fetch", 7), c("fetch", [7]), c("find", "ann"), c("find", "ann")]),
    case("fib-recursion",
         [fn("fib", "The n-th Fibonacci number.", "fib")],
         [c("fib", 30), c("fib", 31)]),
]


def hand_cases():
    cs = []
    cs.append(case("none-result-cached",
                   [fn("find_user", "Return the user, or None.", "const", value=None)],
                   [c("find_user", "bob"), c("find_user", "bob"), c("find_user", name="bob"),
                    c("find_user", name="bob"), c("find_user", "bob")]))
    cs.append(case("falsy-results-cached",
                   [fn("zero", None, "const", value=0), fn("empty", None, "const", value=""),
                    fn("nothing", None, "const", value=[]), fn("no", None, "const", value=False)],
                   [c("zero", 1), c("empty", 1), c("nothing", 1), c("no", 1),
                    c("zero", 1), c("empty", 1), c("nothing", 1), c("no", 1)],
                   note="0, '', [] and False are results like any other"))
    cs.append(case("exception-not-cached",
                   [fn("flaky", "Fails twice.", fail_runs=[1, 2])],
                   [c("flaky", "x"), c("flaky", "x"), c("flaky", "x"), c("flaky", "x")]))
    cs.append(case("exception-then-other-args",
                   [fn("parse", None, fail_runs=[1, 3])],
                   [c("parse", "a"), c("parse", "b"), c("parse", "c"), c("parse", "b"),
                    c("parse", "a"), c("parse", "c"), c("parse", "a")]))
    cs.append(case("two-functions-same-args",
                   [fn("price", "Price of an item."), fn("stock", "Items in stock.")],
                   [c("price", 1), c("stock", 1), c("price", 1), c("stock", 1), c("stock", 2)],
                   note="each decorated function has its own cache"))
    cs.append(case("clear-only-own-cache",
                   [fn("f"), fn("g")],
                   [c("f", 1), c("g", 1), clear("f"), c("f", 1), c("g", 1), clear("g"), c("g", 1), c("f", 1)]))
    cs.append(case("clear-then-refill",
                   [fn("square", None, "square")],
                   [c("square", 3), clear("square"), clear("square"), c("square", 3), c("square", 3),
                    c("square", 4)]))
    cs.append(case("same-function-decorated-twice",
                   [fn("load", "Load a file."), {"name": "load_again", "same_as": "load"}],
                   [c("load", "a.txt"), c("load_again", "a.txt"), c("load", "a.txt"), c("load_again", "a.txt")],
                   note="two decorations, two caches, one original"))
    cs.append(case("keyword-values-matter",
                   [fn("power")],
                   [c("power", 2, exp=2), c("power", 2, exp=3), c("power", 2), c("power", 2, exp=3)]))
    cs.append(case("keyword-only-calls",
                   [fn("connect")],
                   [c("connect", host="a", port=1), c("connect", host="b", port=1), c("connect", port=1, host="a"),
                    c("connect", host="a"), c("connect", port=1)]))
    cs.append(case("keyword-order-ignored",
                   [fn("box")],
                   [c("box", w=1, h=2, d=3), c("box", d=3, h=2, w=1), c("box", h=2, d=3, w=1),
                    c("box", 1, h=2, d=3), c("box", 1, d=3, h=2), c("box", 1, 2, 3)],
                   note="f(1, 2, 3), f(1, h=2, d=3) and f(w=1, h=2, d=3) are three shapes"))
    cs.append(case("int-float-bool-distinct",
                   [fn("ident")],
                   [c("ident", 1), c("ident", 1.0), c("ident", True), c("ident", 0), c("ident", False),
                    c("ident", 0.0), c("ident", 1.0), c("ident", True), c("ident", 1)]))
    cs.append(case("typed-keyword-values",
                   [fn("scale")],
                   [c("scale", "x", by=2), c("scale", "x", by=2.0), c("scale", "x", by=2),
                    c("scale", "x", flag=True), c("scale", "x", flag=1)]))
    cs.append(case("zero-and-negative-zero",
                   [fn("sign")],
                   [c("sign", 0.0), c("sign", -0.0), c("sign", 0.0)],
                   note="0.0 == -0.0 and both are floats: one entry"))
    cs.append(case("nested-types-not-compared",
                   [fn("total")],
                   [c("total", (1, 2)), c("total", (1.0, 2)), c("total", (True, 2.0)), c("total", [1, 2])],
                   note="only the argument's own type counts: equal tuples share an entry"))
    cs.append(case("hash-collision",
                   [fn("neg")],
                   [c("neg", -1), c("neg", -2), c("neg", -1), c("neg", -2)],
                   note="hash(-1) == hash(-2) in CPython: equal hashes are not equal keys"))
    cs.append(case("unhashable-positional",
                   [fn("first")],
                   [c("first", [1, 2]), c("first", [1, 2]), c("first", {"a": 1}), c("first", (1, [2])),
                    c("first", (1, 2)), c("first", (1, 2))]))
    cs.append(case("unhashable-keyword",
                   [fn("query")],
                   [c("query", "users", where={"id": 1}), c("query", "users", fields=["id"]),
                    c("query", "users"), c("query", "users")]))
    cs.append(case("positional-tuple-vs-keyword",
                   [fn("opt")],
                   [c("opt", ("b", 2)), c("opt", b=2), c("opt", ("b", 2)), c("opt", b=2)]))
    cs.append(case("no-arguments",
                   [fn("config", "Read the settings once.")],
                   [c("config"), c("config"), c("config", None), c("config")]))
    cs.append(case("strings-unicode",
                   [fn("greet", "Say hello. ¡Hola!")],
                   [c("greet", "é"), c("greet", "e\u0301"), c("greet", "é"), c("greet", "1"), c("greet", 1)],
                   note="'é' and 'e' + combining accent are different strings"))
    cs.append(case("name-doc-multiline",
                   [fn("charge_card", "Charge a card.\n\n    Idempotent, so safe to cache.\n    ")],
                   [c("charge_card", 10)]))
    cs.append(case("no-docstring",
                   [fn("ping", None)],
                   [c("ping"), c("ping")]))
    cs.append(case("fib-deep",
                   [fn("fib", "Fibonacci through the decorated name.", "fib")],
                   [c("fib", 200), c("fib", 40), c("fib", 199), clear("fib"), c("fib", 20), c("fib", 0)],
                   note="recursion depth about 200; fib(200) runs the original 201 times"))
    cs.append(case("more-than-128-entries",
                   [fn("sq", None, "square")],
                   [sweep("sq", 300), c("sq", 0)],
                   note="the cache is unbounded: nothing is computed twice"))
    return cs


POOL = [0, 1, 2, 1.0, 2.0, True, False, "1", "a", None, (1,), (1.0,), -1, -2]
NAMES = ["a", "b"]


def random_cases(rng):
    cs = []
    for i in range(6):
        functions = [fn("f", "Random f."), fn("g", None, fail_runs=sorted(rng.sample(range(1, 15), 3)))]
        calls = []
        for _ in range(rng.randint(15, 30)):
            r = rng.random()
            name = rng.choice(["f", "g"])
            if r < 0.05:
                calls.append(clear(name))
                continue
            args = [rng.choice(POOL) for _ in range(rng.randint(0, 2))]
            kwargs = {k: rng.choice(POOL) for k in rng.sample(NAMES, rng.randint(0, 2))}
            calls.append(["call", name, args, kwargs])
            if rng.random() < 0.4:  # repeat it, perhaps with keywords reordered
                calls.append(["call", name, list(args), dict(reversed(list(kwargs.items())))])
        cs.append(case("random-%d" % i, functions, calls))
    return cs


def large_cases():
    return [case("large-sweep",
                 [fn("sq", "Squares, 15000 distinct keys, each asked twice.", "square")],
                 [sweep("sq", 15000), c("sq", 14999)])]


def check(solution, driver, cs):
    for cs_ in cs:
        got = driver.run(solution, *decode(json.loads(json.dumps(cs_["args"]))))
        got, want = json.dumps(encode(got), sort_keys=True), json.dumps(cs_["expected"], sort_keys=True)
        assert got == want, (cs_["name"], got, want)


def write(name, cs):
    with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(x, ensure_ascii=False) for x in cs))
        f.write("\n]\n")


def main():
    rng = random.Random(SEED)
    groups = {"sample": SAMPLE, "hidden": hand_cases() + random_cases(rng) + large_cases()}
    driver = load(os.path.join(ROOT, "driver.py"), "driver")
    for path in sorted(glob.glob(os.path.join(ROOT, "solutions", "accepted", "*.py"))):
        solution = load(path, "solution")
        for cs in groups.values():
            check(solution, driver, cs)
    for name, cs in groups.items():
        write(name, cs)
    print("wrote", {k: len(v) for k, v in groups.items()}, file=sys.stderr)


if __name__ == "__main__":
    main()
