#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
basket-pairs. Deterministic (fixed seeds, stdlib only):

    python3 generators/gen_tests.py

Answers come from a plain double loop over each basket's distinct items,
checked against itertools on the small cases.
"""
import json
import os
import random
import sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sized  # noqa: E402

TESTS = os.path.join(HERE, os.pardir, "tests")


def answer(baskets, k):
    counts = {}
    for basket in baskets:
        items = sorted(set(basket))
        for i in range(len(items)):
            for j in range(i + 1, len(items)):
                pair = (items[i], items[j])
                counts[pair] = counts.get(pair, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
    check = Counter(p for b in baskets for p in combinations(sorted(set(b)), 2))
    assert dict(check) == counts
    return ranked


def encode(ranked):
    return [{"$tuple": [{"$tuple": list(pair)}, count]} for pair, count in ranked]


def case(name, baskets, k):
    return {"name": name, "args": [baskets, k], "expected": encode(answer(baskets, k))}


def write(group, cases):
    with open(os.path.join(TESTS, group + ".json"), "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, separators=(",", ":")) for c in cases) + "\n]\n")


def main():
    write("sample", [
        case("example-1", [["milk", "bread", "eggs"], ["bread", "milk"], ["eggs", "milk", "tea"], ["bread", "milk", "tea"]], 3),
        case("example-2", [["tea", "tea", "jam"], ["jam"]], 5),
    ])
    rng = random.Random(31)
    letters = [[rng.choice("abcdef") for _ in range(rng.randint(1, 6))] for _ in range(40)]
    write("hidden", [
        case("no-baskets", [], 3),
        case("k-zero", [["a", "b"]], 0),
        case("single-items", [["a"], ["b"], ["a", "a"]], 2),
        case("ties-broken-by-pair", [["d", "c"], ["b", "a"], ["c", "a"], ["d", "b"]], 3),
        case("reversed-baskets", [["z", "y"], ["y", "z"], ["x", "y"], ["y", "x", "x"]], 4),
        case("k-past-the-pairs", [["p", "q", "r"]], 10),
        case("random-letters", letters, 8),
    ])
    write("large", [
        case("twelve-thousand-baskets", sized.make(12_000, 1)[0], 25),
        case("many-ties", [[rng.choice(sized.ITEMS[:60]) for _ in range(3)] for _ in range(8_000)], 40),
    ])


if __name__ == "__main__":
    main()
