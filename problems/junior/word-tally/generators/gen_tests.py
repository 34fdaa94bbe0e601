#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
word-tally.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

The expected list is computed by replaying the calls with a reference
tally on copies of the caller's dicts.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20261207


def replay(calls, dicts):
    owned = {name: dict(start) for name, start in (dicts or {}).items()}
    out = []
    for call in calls:
        counts = {} if len(call) == 1 else owned.setdefault(call[1], {})
        for w in call[0]:
            counts[w] = counts.get(w, 0) + 1
        out.append(dict(counts))
    return out


def case(name, calls, dicts=None, note=None):
    c = {"name": name, "args": [calls]}
    if dicts is not None:
        c["kwargs"] = {"dicts": dicts}
    c["expected"] = replay(calls, dicts)
    if note:
        c["note"] = note
    return c


def sample_cases():
    return [
        case("example-two-fresh-calls", [[["a", "b", "a"]], [["c"]]]),
        case("example-into-a-dict", [[["x", "y"], "seen"], [["x"], "seen"]]),
    ]


def words(rng, n, pool):
    return [rng.choice(pool) for _ in range(n)]


def hidden_cases(rng):
    pool = ["apple", "pear", "fig", "kiwi", "Apple", "plum", "a", "ab", "é", "x y"]
    cases = [
        case("same-words-twice", [[["a", "a"]], [["a", "a"]]],
             note="a shared default would answer {'a': 4} the second time"),
        case("empty-then-words", [[[]], [["q"]]], note="an empty list gives {}"),
        case("three-fresh-calls", [[["one"]], [["two", "two"]], [["three"]]]),
        case("empty-dict-given", [[["k", "k"], "d"], [["k"], "d"]],
             note="an empty dict is falsy: `counts or {}` loses it"),
        case("empty-dict-then-fresh", [[["k"], "d"], [["m"]], [["k"], "d"]]),
        case("dict-with-counts", [[["a", "c"], "d"]], dicts={"d": {"a": 5, "b": 1}}),
        case("dict-with-a-zero-count", [[["z"], "d"]], dicts={"d": {"y": 0}},
             note="an existing zero stays"),
        case("two-caller-dicts", [[["a"], "d1"], [["a", "b"], "d2"], [["a"], "d1"], [["b"], "d2"]]),
        case("fresh-calls-between", [[["w"]], [["w"], "mine"], [["w"]], [["w"], "mine"], [["w"]]],
             dicts={"mine": {"w": 10}}),
        case("case-and-unicode", [[["Apple", "apple", "APPLE", "apple", "é", "e\u0301"]]]),
        case("only-empty-calls", [[[]], [[], "d"], [[]]]),
    ]
    for i in range(1, 5):
        calls = []
        for _ in range(rng.randint(2, 8)):
            ws = words(rng, rng.randint(0, 12), pool)
            calls.append([ws] if rng.random() < 0.5 else [ws, rng.choice(["d1", "d2"])])
        cases.append(case("random-%d" % i, calls,
                          dicts={"d1": {"fig": 2}} if i % 2 else None))
    return cases


def large_cases(rng):
    # The many-calls case comes first: with a shared default dict (the
    # mistake this problem is about) the twenty results would each repeat
    # the 30000 words of the other case, past the output limit (OLE, not WA).
    few = ["w%d" % i for i in range(50)]
    calls = [[words(rng, 2000, few)] if k % 2 else [words(rng, 2000, few), "total"] for k in range(20)]
    big = [case("large-twenty-calls", calls, note="20 calls of 2000 words, half into one dict")]
    # 60000 words, 30000 of them distinct: counting each distinct word with
    # list.count takes about 1.8 * 10^9 comparisons.
    distinct = ["w%05d" % i for i in range(30000)]
    ws = distinct + words(rng, 30000, distinct)
    rng.shuffle(ws)
    big.append(case("large-many-distinct", [[ws]], note="60000 words, 30000 distinct"))
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
