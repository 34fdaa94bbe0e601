"""Writes tests/sample.json, tests/hidden.json and tests/large.json.

Deterministic (fixed seed). Run from anywhere:
    python3 generators/gen_tests.py

Expected values come from a bottom-up DP, cross-checked on every small case
against a brute force that tries every count of every coin.
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests")
rng = random.Random(31337)


def reference(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == INF else best[amount]


def brute(coins, amount):
    values = sorted(set(coins))

    def go(i, rest):
        if i == len(values):
            return 0 if rest == 0 else float("inf")
        return min(k + go(i + 1, rest - k * values[i]) for k in range(rest // values[i] + 1))

    r = go(0, amount)
    return -1 if r == float("inf") else r


def case(name, coins, amount, small=True):
    assert 1 <= len(coins) <= 20 and all(1 <= c <= 10_000 for c in coins) and 0 <= amount <= 10_000
    want = reference(coins, amount)
    if small:
        assert brute(coins, amount) == want, name
    return {"name": name, "args": [coins, amount], "expected": want}


SAMPLE = [
    ("three-coins", [1, 2, 5], 11),
    ("greedy-is-not-enough", [1, 3, 4], 6),
    ("impossible", [2], 3),
]

HAND = [
    ("amount-zero", [1], 0),
    ("amount-zero-no-small-coin", [7, 3], 0),
    ("one-coin-exact", [7], 21),
    ("one-coin-impossible", [7], 20),
    ("every-coin-too-big", [10, 25], 3),
    ("single-coin-equals-amount", [5, 10], 5),
    ("largest-coin-equals-amount", [1, 9999, 10000], 10000),
    ("greedy-trap-1-5-6-9", [1, 5, 6, 9], 11),
    ("greedy-trap-25-10-1", [25, 10, 1], 30),
    ("greedy-gets-stuck", [5, 3], 9),
    ("greedy-gets-stuck-unsorted", [3, 10, 7], 14),
    ("unsorted-coins", [4, 1, 3], 6),
    ("descending-coins", [9, 6, 5, 1], 11),
    ("repeated-coin-values", [2, 2, 5, 5], 9),
    ("same-coin-many-times", [1, 2, 5], 27),
    ("needs-coin-twice", [3, 8], 6),
    ("only-even-coins-odd-amount", [2, 4, 6], 7),
    ("big-amount-one-coin", [1], 500),
    ("two-coins-big", [9999, 2], 10000),
    ("coprime-pair", [7, 11], 57),
    ("coprime-pair-largest-impossible", [7, 11], 59),
]


def main():
    sample = [case(n, c, a) for n, c, a in SAMPLE]
    hidden = [case(n, c, a) for n, c, a in HAND]
    for i in range(40):
        k = rng.randint(1, 5)
        coins = rng.sample(range(1, 30), k)
        amount = rng.randint(0, 80)
        hidden.append(case("random-%02d" % i, coins, amount))

    large = [
        case("ten-coins-amount-9973", [131, 7, 499, 1, 47, 311, 13, 197, 83, 29], 9973, small=False),
        case("even-coins-odd-amount", [94, 6, 58, 14, 22, 10], 9999, small=False),
        case("coin-one-listed-first", [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], 10000, small=False),
        case("greedy-trap-large", [1, 70, 97, 133, 271, 400], 9876, small=False),
        case("no-coin-one-twenty-coins",
             sorted(rng.sample(range(60, 2000), 20), key=lambda _: rng.random()), 9991, small=False),
    ]

    for name, tests in (("sample", sample), ("hidden", hidden), ("large", large)):
        with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(t) for t in tests))
            f.write("\n]\n")
    for t in sample + hidden[:len(HAND)] + large:
        print(t["name"], t["args"], t["expected"])


if __name__ == "__main__":
    main()
