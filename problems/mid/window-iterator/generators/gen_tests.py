#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for window-iterator.
(tests/memory.json, one case run on a source the driver makes, is
written by hand.)

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results are computed from first principles (window k is
items[k*step : k*step + size]; window k needs k*step + size items taken),
and every case is cross-checked by running the problem's own driver.py
on a straightforward reference class (ReferenceWindows below).
"""
import collections
import importlib.util
import json
import os
import random
import string
import types

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.join(HERE, os.pardir)
TESTS = os.path.join(PROBLEM, "tests")
SEED = 20250303
LETTERS = string.ascii_lowercase
STOP = "StopIteration"


# -- expected values from first principles -----------------------------------

def windows_of(items, size, step=1):
    out, k = [], 0
    while k * step + size <= len(items):
        out.append(tuple(items[k * step:k * step + size]))
        k += 1
    return out


def expected_for(mode, *args, **kwargs):
    if mode in ("windows", "lazy", "protocol"):
        items = args[0]
        size = kwargs.get("size", args[1] if len(args) > 1 else None)
        step = kwargs.get("step", args[2] if len(args) > 2 else 1)
        got = windows_of(list(items), size, step)
        if mode == "windows":
            return got
        if mode == "lazy":
            return {"created": 0,
                    "after_each_window": [k * step + size for k in range(len(got))],
                    "at_end": len(items)}
        return {"is_class_instance": True, "iter_returns_self": True, "windows": got,
                "next_after_end": [STOP] * 3, "second_pass": []}
    if mode == "infinite":
        size, step, count = args
        got = [tuple(LETTERS[(k * step + i) % 26] for i in range(size)) for k in range(count)]
        return {"first": got[:3], "last": got[-1], "taken": (count - 1) * step + size}
    if mode == "invalid":
        return {"$raises": "ValueError"}
    raise ValueError(mode)


# -- cross-check: the real driver on a reference solution --------------------

class ReferenceWindows:
    def __init__(self, iterable, size, step=1):
        if size < 1 or step < 1:
            raise ValueError("bad size or step")
        self.source, self.size, self.step = iter(iterable), size, step
        self.window, self.need, self.done = collections.deque(maxlen=size), size, False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        for _ in range(self.need):
            try:
                self.window.append(next(self.source))
            except StopIteration:
                self.done = True
                raise
        self.need = self.step
        return tuple(self.window)


def load_driver():
    spec = importlib.util.spec_from_file_location("driver", os.path.join(PROBLEM, "driver.py"))
    driver = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(driver)
    return driver


DRIVER = load_driver()
REFERENCE = types.SimpleNamespace(Windows=ReferenceWindows)


def cross_check(args, kwargs, expected):
    try:
        got = DRIVER.run(REFERENCE, *args, **kwargs)
    except ValueError:
        got = {"$raises": "ValueError"}
    assert got == expected, (args, kwargs, got, expected)


# -- encoding -----------------------------------------------------------------

def encode(v):
    if isinstance(v, tuple):
        return {"$tuple": [encode(x) for x in v]}
    if isinstance(v, list):
        return [encode(x) for x in v]
    if isinstance(v, dict):
        return {k: encode(x) for k, x in v.items()}
    return v


def case(name, *args, note=None, **kwargs):
    expected = expected_for(*args, **kwargs)
    cross_check(args, kwargs, expected)
    c = {"name": name, "args": list(args)}
    if kwargs:
        c["kwargs"] = kwargs
    c["expected"] = encode(expected)
    if note:
        c["note"] = note
    return c


def sample_cases():
    cases = [
        case("five-numbers-size-3", "windows", [1, 2, 3, 4, 5], 3),
        case("string-step-3", "windows", "abcdefg", 2, step=3),
        case("lazy-six-items", "lazy", [10, 20, 30, 40, 50, 60], 3, 2),
        case("endless-letters", "infinite", 3, 2, 4),
    ]
    assert cases[2]["expected"] == {"created": 0, "after_each_window": [3, 5], "at_end": 6}
    return cases


def hidden_cases():
    rng = random.Random(SEED)
    long_list = [rng.randint(-99, 99) for _ in range(200)]
    cases = [
        # the windows themselves
        case("empty-list", "windows", [], 1),
        case("empty-string", "windows", "", 2),
        case("size-larger-than-input", "windows", [1, 2, 3], 4),
        case("size-equals-input", "windows", [1, 2, 3], 3),
        case("size-1", "windows", [7, 8, 9], 1),
        case("size-1-step-2", "windows", [0, 1, 2, 3, 4, 5, 6], 1, 2),
        case("step-equals-size-exact", "windows", [1, 2, 3, 4, 5, 6], 3, 3),
        case("step-equals-size-leftover", "windows", [1, 2, 3, 4, 5, 6, 7, 8], 3, 3,
             note="7, 8 do not make a full window"),
        case("step-2-leftover", "windows", [1, 2, 3, 4, 5], 3, 2,
             note="(3, 4, 5) is the last window; (5,) is not a window"),
        case("step-2-leftover-longer", "windows", [1, 2, 3, 4, 5, 6], 3, 2),
        case("step-over-size", "windows", list(range(12)), 2, 5),
        case("step-over-size-keyword", "windows", "abcdefghij", 1, step=4),
        case("step-larger-than-input", "windows", [1, 2, 3, 4], 2, 10),
        case("default-step", "windows", [5, 4, 3, 2], 2),
        case("keyword-size-and-step", "windows", [1, 2, 3, 4, 5, 6, 7], size=2, step=2),
        case("none-and-falsy-items", "windows", [None, 0, "", False, None], 2),
        case("nested-lists-as-items", "windows", [[1], [2, 3], [], [4]], 2),
        case("unicode-string", "windows", "héllo, wörld 🙂", 4, 3),
        case("long-list", "windows", long_list, 7, 3),
        # laziness
        case("lazy-step-1", "lazy", [1, 2, 3, 4, 5], 3),
        case("lazy-size-1", "lazy", [1, 2, 3, 4], 1),
        case("lazy-step-over-size", "lazy", list(range(10)), 2, 3,
             note="skipped items are taken by the next call, not earlier"),
        case("lazy-step-over-size-short", "lazy", list(range(9)), 2, 4),
        case("lazy-empty", "lazy", [], 3),
        case("lazy-size-larger-than-input", "lazy", [1, 2], 3),
        case("lazy-longer", "lazy", list(range(50)), 5, 4),
        # the iterator protocol
        case("protocol-basic", "protocol", [1, 2, 3, 4], 2),
        case("protocol-one-window", "protocol", "abc", 3),
        case("protocol-no-windows", "protocol", [], 1),
        case("protocol-with-leftover", "protocol", [1, 2, 3, 4, 5, 6, 7], 3, 3),
        case("protocol-step-over-size", "protocol", list(range(11)), 2, 4),
        # endless sources
        case("infinite-size-1", "infinite", 1, 1, 30),
        case("infinite-step-over-size", "infinite", 5, 7, 10),
        case("infinite-whole-alphabet", "infinite", 26, 26, 3),
        case("infinite-many-windows", "infinite", 8, 3, 30000,
             note="30k windows; must not slow down or hold on to old items"),
        case("infinite-wide-windows", "infinite", 1000, 1, 2000),
        # invalid arguments
        case("invalid-size-0", "invalid", 0, 1),
        case("invalid-step-0", "invalid", 3, 0),
        case("invalid-negative-size", "invalid", -2, 1),
        case("invalid-negative-step", "invalid", 2, -1),
    ]
    for i in range(6):
        n = rng.randint(0, 30)
        items = [rng.randint(0, 9) for _ in range(n)]
        size, step = rng.randint(1, 6), rng.randint(1, 6)
        cases.append(case("random-%d" % (i + 1), "windows", items, size, step))
        cases.append(case("random-lazy-%d" % (i + 1), "lazy", items, size, step))
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":"), ensure_ascii=False) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
