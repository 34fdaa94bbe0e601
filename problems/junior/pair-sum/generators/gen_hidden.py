#!/usr/bin/env python3
"""Writes tests/hidden.json for pair-sum (and checks tests/sample.json).

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_hidden.py

Expected values come from an O(n) reference (a dict of counts); every case
with n <= 2000 is cross-checked against a brute force over all pairs.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20240917


def reference(nums, target):
    seen, pairs = Counter(), 0
    for x in nums:
        pairs += seen[target - x]
        seen[x] += 1
    return pairs


def brute(nums, target):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i + 1, n) if nums[i] + nums[j] == target)


def case(name, nums, target, note=None):
    want = reference(nums, target)
    if len(nums) <= 2000:
        assert want == brute(nums, target), name
    c = {"name": name, "args": [nums, target], "expected": want}
    if note:
        c["note"] = note
    return c


def hidden_cases():
    rng = random.Random(SEED)
    B = 10 ** 9
    cases = [
        case("empty", [], 0),
        case("single-zero-target-zero", [0], 0, "0 + 0 == 0, but there is only one element"),
        case("single-half-of-target", [7], 14),
        case("two-zeros", [0, 0], 0),
        case("two-equal-halves", [3, 3], 6),
        case("three-equal-halves", [5, 5, 5], 10),
        case("half-once-among-others", [2, 1, 3, 2, 4], 4,
             "1 + 3 and 2 + 2 (the two 2s at positions 0 and 3)"),
        case("half-appears-once", [3, 1, 2, 5], 6, "3 must not pair with itself"),
        case("opposites", [5, -5, 5, -5], 0),
        case("mixed-duplicates", [1, 1, 1, 5, 5], 6),
        case("duplicates-both-sides", [4, 6, 4, 6, 4, 6, 5], 10),
        case("no-pair", [1, 2, 3], 100),
        case("no-pair-negative-target", [1, 2, 3], -1),
        case("distinct-consecutive", list(range(1, 11)), 11),
        case("negative-target", [-3, -1, -2, -4, 0], -4),
        case("bigger-than-target", [10, -6, 3, 1, 7, -3], 4,
             "10 + -6 and 7 + -3 and 3 + 1: values above the target still pair"),
        case("all-negative", [-5, -7, -1, -11, -6], -12),
        case("extremes", [B, -B, B, -B, 0], 0),
        case("extreme-sum", [B, B, B - 1, 1], 2 * B),
        case("extreme-negative-sum", [-B, -B, 3], -2 * B),
        case("target-zero-with-zeros", [0, 0, 0, 1, -1], 0),
        case("order-does-not-matter", [9, 1, 8, 2, 7, 3], 10),
    ]
    for i in range(1, 21):
        n = rng.randint(2, 60)
        span = rng.choice([3, 5, 10, 50])
        nums = [rng.randint(-span, span) for _ in range(n)]
        target = rng.randint(-span, span) if rng.random() < 0.7 else 2 * rng.choice(nums)
        cases.append(case("random-small-%02d" % i, nums, target))
    for i in range(1, 4):
        nums = [rng.randint(-300, 300) for _ in range(2000)]
        cases.append(case("random-medium-%d" % i, nums, rng.randint(-300, 300)))

    # Large: 3 * 10^4 elements, ~4.5 * 10^8 pairs: the nested loops need
    # tens of seconds, a dict a few milliseconds.
    n = 30000
    nums = [rng.randint(-10 ** 4, 10 ** 4) for _ in range(n)]
    cases.append(case("large-random", nums, 1234, "n = 30000"))
    nums = [rng.randint(0, 9) for _ in range(n)]
    cases.append(case("large-few-values", nums, 9, "n = 30000, digits: many duplicates"))
    cases.append(case("large-all-equal", [5] * n, 10, "n = 30000: the answer is n(n-1)/2"))
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


def check_samples():
    with open(os.path.join(TESTS, "sample.json")) as f:
        for c in json.load(f):
            nums, target = c["args"]
            assert reference(nums, target) == brute(nums, target) == c["expected"], c["name"]


if __name__ == "__main__":
    check_samples()
    write("hidden.json", hidden_cases())
