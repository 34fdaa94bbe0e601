#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for context-managers.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected reports come from `Reference`, a plain interpreter of the script
language (try/except around each block, no context managers); the
exception classes are the driver's. Every case is cross-checked by
running driver.py with each accepted solution.
"""
import copy
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 90210


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DRIVER = load(os.path.join(ROOT, "driver.py"), "driver")
EXC = DRIVER.EXCEPTIONS
CATCH = (Exception, DRIVER.Cancelled)


class Reference:
    def __init__(self, store):
        self.store, self.log, self.trace = store, [], []

    def block(self, steps):
        for s in steps:
            self.step(s)

    def step(self, s):
        op, store = s[0], self.store
        if op == "set":
            store[s[1]] = s[2]
        elif op == "del":
            del store[s[1]]
        elif op == "append":
            store[s[1]].append(s[2])
        elif op == "update":
            store[s[1]][s[2]] = s[3]
        elif op == "raise":
            raise EXC[s[1]](s[2])
        elif op == "show":
            self.trace.append(["store", copy.deepcopy(store)])
        elif op == "tx":
            saved = copy.deepcopy(store)
            self.trace.append(["enter", "tx", True])
            try:
                self.block(s[1])
            except CATCH as e:
                store.clear()
                store.update(saved)
                self.trace.append(["exit", "tx", type(e).__name__, False])
                raise
            self.trace.append(["exit", "tx", None])
        elif op == "quiet":
            classes = tuple(EXC[n] for n in s[1])
            try:
                self.block(s[2])
            except CATCH as e:
                listed = isinstance(e, classes)
                self.log.append("%s %s: %s" % ("suppressed" if listed else "failed", type(e).__name__, e))
                self.trace.append(["exit", "quiet", type(e).__name__, listed])
                if not listed:
                    raise
            else:
                self.log.append("ok")
                self.trace.append(["exit", "quiet", None])
        elif op == "try":
            try:
                self.block(s[1])
            except CATCH as e:
                self.trace.append(["caught", type(e).__name__])


def reference(store, script):
    store = copy.deepcopy(store)
    ref = Reference(store)
    raised = None
    try:
        ref.block(script)
    except CATCH as e:
        raised = type(e).__name__
    return {"store": store, "log": ref.log, "trace": ref.trace, "raised": raised}


def case(name, store, script, note=None):
    c = {"name": name, "args": [store, script], "expected": reference(store, script)}
    if note:
        c["note"] = note
    return c


SAMPLE = [
    case("commit", {"balance": 100},
         [["tx", [["set", "balance", 70], ["set", "last", "withdraw"]]]]),
    case("rollback-and-reraise", {"balance": 100, "items": ["a"]},
         [["tx", [["set", "balance", 0], ["append", "items", "b"], ["set", "new", 1],
                  ["raise", "ValueError", "card declined"]]]]),
    case("quiet-blocks", {},
         [["quiet", ["KeyError"], [["del", "missing"]]],
          ["quiet", ["KeyError"], [["set", "a", 1]]],
          ["try", [["quiet", ["KeyError"], [["raise", "ValueError", "bad"]]]]]]),
]


def hand_cases():
    cs = []
    cs.append(case("tx-empty-block", {"a": 1}, [["tx", []]]))
    cs.append(case("tx-empty-store-rollback", {}, [["tx", [["set", "a", 1], ["raise", "RuntimeError", "x"]]]]))
    cs.append(case("tx-restores-deleted-key", {"a": 1, "b": 2},
                   [["tx", [["del", "a"], ["raise", "RuntimeError", "boom"]]]]))
    cs.append(case("tx-removes-added-keys", {"a": 1},
                   [["tx", [["set", "b", 2], ["set", "c", 3], ["raise", "ZeroDivisionError", "division by zero"]]]],
                   note="keys added in the block must go"))
    cs.append(case("tx-undoes-list-append", {"cart": ["apple"], "total": 1},
                   [["tx", [["append", "cart", "pear"], ["append", "cart", "fig"], ["set", "total", 3],
                            ["raise", "ValueError", "out of stock"]]], ["show"]],
                   note="the rollback must undo changes inside nested lists too"))
    cs.append(case("tx-undoes-nested-dict", {"user": {"name": "Ann", "roles": ["viewer"]}},
                   [["tx", [["update", "user", "name", "Bob"], ["update", "user", "email", "b@x.io"],
                            ["raise", "PermissionError", "denied"]]]]))
    cs.append(case("tx-commit-nested-changes", {"cart": ["apple"]},
                   [["tx", [["append", "cart", "pear"], ["update", "cart", 0, "kiwi"]]]]))
    cs.append(case("tx-rollback-on-cancelled", {"stock": 5, "log": []},
                   [["tx", [["set", "stock", 4], ["append", "log", "sold"], ["raise", "Cancelled", "interrupted"]]]],
                   note="Cancelled is a BaseException: still roll back, still propagate"))
    cs.append(case("tx-keyerror-inside", {"a": 1},
                   [["tx", [["set", "a", 2], ["set", "b", 3], ["del", "zzz"]]]]))
    cs.append(case("tx-store-seen-by-caller", {"v": 1},
                   [["try", [["tx", [["set", "v", 2], ["raise", "AppError", "nope"]]]]], ["show"],
                    ["tx", [["set", "v", 3]]], ["show"]],
                   note="rollback happens in the caller's own dict"))
    cs.append(case("tx-show-inside", {"n": 0},
                   [["try", [["tx", [["set", "n", 1], ["show"], ["raise", "ValueError", "x"]]]]], ["show"]]))
    cs.append(case("nested-inner-fails-outer-commits", {"a": 0},
                   [["tx", [["set", "a", 1],
                            ["try", [["tx", [["set", "b", 2], ["set", "a", 99], ["raise", "RuntimeError", "inner"]]]]],
                            ["set", "c", 3]]]]))
    cs.append(case("nested-outer-fails-after-inner-commit", {"a": 0},
                   [["tx", [["tx", [["set", "a", 1], ["set", "b", 2]]], ["show"],
                            ["raise", "ValueError", "outer"]]]]))
    cs.append(case("nested-three-levels", {"x": [1]},
                   [["tx", [["append", "x", 2],
                            ["try", [["tx", [["append", "x", 3],
                                             ["tx", [["append", "x", 4]]],
                                             ["show"],
                                             ["raise", "IndexError", "deep"]]]]],
                            ["show"]]]]))
    cs.append(case("sequential-transactions", {"n": 0},
                   [["tx", [["set", "n", 1]]],
                    ["try", [["tx", [["set", "n", 2], ["raise", "ValueError", "no"]]]]],
                    ["tx", [["set", "n", 3]]]]))
    cs.append(case("quiet-inside-tx-commits", {},
                   [["tx", [["quiet", ["KeyError"], [["set", "x", 1], ["del", "nope"], ["set", "y", 2]]],
                            ["set", "z", 3]]]],
                   note="the block stops at the KeyError; the transaction still commits"))
    cs.append(case("quiet-around-failed-tx", {"a": 0},
                   [["quiet", ["ValueError"], [["tx", [["set", "a", 1], ["raise", "ValueError", "v"]]]]],
                    ["set", "after", True]]))
    cs.append(case("quiet-does-not-stop-cancel", {"a": 0},
                   [["quiet", ["ValueError"], [["tx", [["set", "a", 1], ["raise", "Cancelled", "stop"]]]]],
                    ["set", "after", True]]))
    cs.append(case("quiet-subclass", {}, [["quiet", ["AppError"], [["raise", "QuotaError", "over quota"]]]]))
    cs.append(case("quiet-lookup-covers-keyerror", {}, [["quiet", ["LookupError"], [["del", "k"]]]]))
    cs.append(case("quiet-child-does-not-cover-parent", {},
                   [["quiet", ["QuotaError"], [["raise", "AppError", "generic"]]]]))
    cs.append(case("quiet-no-types", {}, [["quiet", [], [["raise", "ValueError", "nothing listed"]]]]))
    cs.append(case("quiet-no-types-ok", {}, [["quiet", [], [["set", "a", 1]]]]))
    cs.append(case("quiet-several-types", {},
                   [["quiet", ["KeyError", "ValueError"], [["raise", "ValueError", "one"]]],
                    ["quiet", ["KeyError", "ValueError"], [["del", "two"]]],
                    ["try", [["quiet", ["KeyError", "ValueError"], [["raise", "TypeError", "three"]]]]]]))
    cs.append(case("quiet-cancelled-logged-and-propagates", {},
                   [["quiet", ["ValueError"], [["raise", "Cancelled", "user pressed ^C"]]]],
                   note="logged as failed, and it still escapes"))
    cs.append(case("quiet-cancelled-listed", {}, [["quiet", ["Cancelled"], [["raise", "Cancelled", "ok to stop"]]]]))
    cs.append(case("quiet-nested", {},
                   [["quiet", ["ValueError"], [["quiet", ["KeyError"], [["raise", "ValueError", "inner"]]],
                                              ["set", "never", 1]]]]))
    cs.append(case("quiet-unicode-message", {},
                   [["quiet", ["ValueError"], [["raise", "ValueError", "prix invalide: 12,5 € ✗"]]]]))
    cs.append(case("quiet-empty-message", {}, [["quiet", ["RuntimeError"], [["raise", "RuntimeError", ""]]]]))
    cs.append(case("escapes-everything", {"a": 1},
                   [["tx", [["set", "a", 2], ["quiet", ["KeyError"], [["raise", "OSError", "disk full"]]]]]]))
    big = {f"k{i}": [i] for i in range(300)}
    steps = [["set", f"k{i}", i * 2] for i in range(0, 300, 3)] + \
            [["append", f"k{i}", -i] for i in range(1, 300, 3)] + \
            [["del", f"k{i}"] for i in range(2, 300, 3)] + \
            [["set", f"new{i}", i] for i in range(100)] + [["raise", "RuntimeError", "abort"]]
    cs.append(case("big-rollback", big, [["tx", steps]]))
    return cs


KEYS = ["a", "b", "c", "d"]
RAISABLE = ["ValueError", "KeyError", "RuntimeError", "AppError", "QuotaError", "Cancelled"]


def random_steps(rng, store_keys, depth):
    steps = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.25:
            steps.append(["set", rng.choice(KEYS), rng.randint(0, 9)])
        elif r < 0.35:
            steps.append(["del", rng.choice(KEYS)])
        elif r < 0.45:
            steps.append(["append", "log", rng.randint(0, 9)])
        elif r < 0.55:
            steps.append(["raise", rng.choice(RAISABLE), "r%d" % rng.randint(0, 99)])
        elif r < 0.6:
            steps.append(["show"])
        elif depth < 3 and r < 0.75:
            steps.append(["tx", random_steps(rng, store_keys, depth + 1)])
        elif depth < 3 and r < 0.9:
            types = rng.sample(["ValueError", "KeyError", "AppError", "LookupError"], rng.randint(0, 2))
            steps.append(["quiet", types, random_steps(rng, store_keys, depth + 1)])
        elif depth < 3:
            steps.append(["try", random_steps(rng, store_keys, depth + 1)])
    return steps


def random_cases(rng):
    cs = []
    for i in range(12):
        store = {"log": [], "a": 1, "b": 2}
        script = []
        for _ in range(rng.randint(2, 4)):
            kind = rng.choice(["tx", "tx", "quiet", "try"])
            if kind == "quiet":
                types = rng.sample(["ValueError", "KeyError", "AppError", "LookupError"], rng.randint(1, 2))
                script.append(["quiet", types, random_steps(rng, KEYS, 1)])
            elif kind == "try":
                script.append(["try", [["tx", random_steps(rng, KEYS, 1)]]])
            else:
                script.append(["tx", random_steps(rng, KEYS, 1)])
        script.append(["show"])
        cs.append(case(f"random-{i}", store, script))
    return cs


def write(name, cs):
    with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cs))
        f.write("\n]\n")


def main():
    rng = random.Random(SEED)
    groups = {"sample": SAMPLE, "hidden": hand_cases() + random_cases(rng)}
    for path in sorted(glob.glob(os.path.join(ROOT, "solutions", "accepted", "*.py"))):
        solution = load(path, "solution")
        for cs in groups.values():
            for c in cs:
                args = json.loads(json.dumps(c["args"]))
                got = DRIVER.run(solution, *args)
                assert got == c["expected"], (os.path.basename(path), c["name"], got, c["expected"])
    for name, cs in groups.items():
        write(name, cs)


if __name__ == "__main__":
    main()
