#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for roster-changes.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected values come from set operators; every case with up to 2000 names
is cross-checked against a brute force over lists (the statement's words).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20261205


def reference(old, new):
    a, b = set(old), set(new)
    return {"joined": b - a, "left": a - b, "stayed": a & b, "changed": a ^ b}


def brute(old, new):
    joined = [x for x in new if x not in old]
    left = [x for x in old if x not in new]
    stayed = [x for x in old if x in new]
    return {"joined": set(joined), "left": set(left), "stayed": set(stayed),
            "changed": set(joined + left)}


def encode(value):
    if isinstance(value, set):
        return {"$set": sorted(value)}
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


def case(name, old, new, note=None):
    want = reference(old, new)
    if len(old) + len(new) <= 2000:
        assert want == brute(old, new), name
    c = {"name": name, "args": [old, new], "expected": encode(want)}
    if note:
        c["note"] = note
    return c


def sample_cases():
    return [
        case("example-1", ["ann", "bob", "cy"], ["bob", "cy", "dee"]),
        case("example-2-repeats", ["ann", "ann", "bob"], ["bob", "ann"]),
        case("example-3-empty-old", [], ["zoe"]),
    ]


def name_of(i):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        s = digits[i % 36] + s
        i //= 36
        if i == 0:
            return "m" + s


def hidden_cases(rng):
    cases = [
        case("both-empty", [], []),
        case("new-empty", ["ann", "bob", "ann"], []),
        case("identical", ["a", "b", "c"], ["c", "b", "a"]),
        case("disjoint", ["a", "b"], ["c", "d", "c"]),
        case("only-stayed-plus-one", ["x", "y", "z"], ["x", "y", "z", "w"],
             note="everything minus stayed, without parentheses, keeps x, y, z"),
        case("repeats-on-both-sides", ["p", "p", "q", "r", "r", "r"], ["r", "s", "s", "p"]),
        case("case-and-spaces", ["Ann", "ann", "Ann "], ["ann", "ANN", " Ann"],
             note="names are compared exactly"),
        case("empty-name", ["", "a"], ["", "b"], note="the empty string is a name"),
        case("number-like-names", ["1", "01", "1.0"], ["1", "1.00"]),
        case("unicode-names", ["José", "Zoë", "李"], ["Jose\u0301", "Zoë", "李", "🙂"],
             note="a composed and a decomposed é are different strings"),
        case("one-left", ["solo"], []),
        case("one-joined-among-many", [name_of(i) for i in range(50)],
             [name_of(i) for i in range(51)]),
    ]
    for i in range(1, 9):
        pool = [name_of(rng.randrange(200)) for _ in range(rng.randint(5, 60))]
        old = [rng.choice(pool) for _ in range(rng.randint(0, 80))]
        new = [rng.choice(pool) for _ in range(rng.randint(0, 80))]
        cases.append(case("random-small-%d" % i, old, new))
    return cases


def large_cases(rng):
    # 20000 names each, a third shared: a list lookup scans up to 20000
    # names, about 1.2 * 10^9 comparisons over the three comprehensions.
    n = 20000
    ids = rng.sample(range(36 ** 4), 2 * n)
    shared = ids[: n // 3]
    old = [name_of(i) for i in shared + ids[n // 3: n]]
    new = [name_of(i) for i in shared + ids[n: n + 2 * n // 3]]
    rng.shuffle(old)
    rng.shuffle(new)
    big = [case("large-third-shared", old, new, note="20000 names on each side")]
    # Mostly the same people: few changes, many repeats.
    base = [name_of(i) for i in rng.sample(range(36 ** 4), 10000)]
    old = base + [rng.choice(base) for _ in range(10000)]
    new = base[200:] + [name_of(36 ** 4 + i) for i in range(200)]
    new += [rng.choice(new) for _ in range(10000)]
    rng.shuffle(old)
    rng.shuffle(new)
    big.append(case("large-few-changes", old, new, note="20000 names each, 200 joined, 200 left"))
    return big


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases(rng))
    write("large.json", large_cases(rng))
