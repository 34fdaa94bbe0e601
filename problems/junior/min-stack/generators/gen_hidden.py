#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for min-stack.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_hidden.py

Expected results come from a tiny O(1) reference model below, and every
case, the large one included, is cross-checked against a brute-force model
(a list and min()); that check is why the script takes ~20 s.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
RAISES = {"$raises": "IndexError"}
SEED = 20240611


class Empty(Exception):
    pass


class PairModel:
    """O(1) reference: a stack of (value, min so far)."""

    def __init__(self):
        self.data = []

    def push(self, x):
        m = self.data[-1][1] if self.data and self.data[-1][1] < x else x
        self.data.append((x, m))

    def pop(self):
        if not self.data:
            raise Empty
        return self.data.pop()[0]

    def top(self):
        if not self.data:
            raise Empty
        return self.data[-1][0]

    def get_min(self):
        if not self.data:
            raise Empty
        return self.data[-1][1]


class BruteModel:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise Empty
        return self.items.pop()

    def top(self):
        if not self.items:
            raise Empty
        return self.items[-1]

    def get_min(self):
        if not self.items:
            raise Empty
        return min(self.items)


def run_model(model_cls, calls):
    m = model_cls()
    out = [None]
    for call in calls:
        try:
            out.append(getattr(m, call[0])(*call[1:]))
        except Empty:
            out.append(RAISES)
    return out


def case(name, calls, note=None, check_brute=True):
    """calls: list of [method, *args] after the constructor."""
    expected = run_model(PairModel, calls)
    if check_brute:
        assert expected == run_model(BruteModel, calls), name
    c = {"name": name, "ops": [["MinStack"]] + [list(c) for c in calls], "expected": expected}
    if note:
        c["note"] = note
    return c


def P(x):
    return ["push", x]


POP, TOP, MIN = ["pop"], ["top"], ["get_min"]


# ---------------------------------------------------------------------------
# sample: the statement's examples, with their expected results written out

def sample_cases():
    ex1 = case("example-1", [P(5), P(3), P(7), MIN, TOP, POP, POP, MIN])
    assert ex1["expected"] == [None, None, None, None, 3, 7, 7, 3, 5]
    ex2 = case("example-2", [TOP, P(-2), P(-2), P(0), MIN, POP, POP, MIN, POP, MIN])
    assert ex2["expected"] == [None, RAISES, None, None, None, -2, 0, -2, -2, -2, RAISES]
    return [ex1, ex2]


# ---------------------------------------------------------------------------
# hidden

def random_ops(rng, n, lo, hi, max_size=None, p_push=0.4):
    calls, size = [], 0
    for _ in range(n):
        r = rng.random()
        if (size == 0 and r < 0.9) or (r < p_push and (max_size is None or size < max_size)):
            calls.append(P(rng.randint(lo, hi)))
            size += 1
        else:
            op = rng.choice([POP, TOP, MIN, MIN])
            calls.append(op)
            if op is POP and size:
                size -= 1
    return calls


# Size of the large case. Its TLE margin comes from (get_min calls) x (stack
# depth): here about 7 * 10^8 element visits for an O(n) get_min, against
# ~6.5 * 10^4 O(1) operations for a correct solution.
STACK = 25000       # pushes in phase A: the stack depth for phase B
MIXED = 32000       # phase B: mostly get_min at depth ~STACK
DRAIN = 4000        # phase C: (pop, get_min) pairs


def large_case(rng):
    """A deep stack and tens of thousands of get_min calls."""
    calls = []
    # Phase A: STACK pushes drifting downwards, so most pushes are a new
    # minimum or a near-tie (duplicates of the minimum included) and the
    # minimum changes all the time; a get_min every 100 pushes.
    base = 0
    for i in range(STACK):
        base -= rng.randint(0, 40)
        calls.append(P(base + rng.randint(-20, 20)))
        if i % 100 == 99:
            calls.append(MIN)
    # Phase B: mostly get_min on the deep stack, with a few pushes (some at
    # or below the minimum), tops and pops keeping the depth near STACK.
    for _ in range(MIXED):
        r = rng.random()
        if r < 0.80:
            calls.append(MIN)
        elif r < 0.88:
            calls.append(TOP)
        elif r < 0.94:
            if rng.random() < 0.5:
                x = base + rng.randint(-60, 0)   # a new minimum or a tie
            else:
                x = base + rng.randint(0, 10**6)
            calls.append(P(x))
        else:
            calls.append(POP)
    # Phase C: pop from the top, where the recent minimums are, asking for
    # the minimum after every pop.
    for _ in range(DRAIN):
        calls.append(POP)
        calls.append(MIN)
    return case("large-deep-stack-many-get-min", calls,
                note="~65k ops, stack ~25k deep, ~30k get_min calls; O(n) get_min is far too slow",
                check_brute=True)


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("empty-pop", [POP]),
        case("empty-top", [TOP]),
        case("empty-get-min", [MIN]),
        case("emptied-then-reused",
             [P(4), POP, POP, TOP, MIN, P(9), MIN, TOP, P(6), MIN, POP, POP, MIN],
             note="errors again once emptied; the old minimum 4 must be forgotten"),
        case("single-element", [P(42), TOP, MIN, POP, MIN, TOP, POP]),
        case("single-negative", [P(-7), MIN, TOP, MIN, POP]),
        case("duplicate-min-only", [P(2), P(2), POP, MIN, TOP, POP, MIN]),
        case("duplicates-of-min-popped-one-by-one",
             [P(3), P(1), P(1), P(1), MIN, POP, MIN, POP, MIN, POP, MIN, TOP, POP, MIN]),
        case("duplicates-interleaved",
             [P(5), P(2), P(7), P(2), P(2), P(9), MIN, POP, MIN, POP, MIN, POP, MIN,
              POP, MIN, TOP, POP, MIN, POP, MIN]),
        case("min-popped-then-pushed-again",
             [P(5), P(3), POP, MIN, P(3), MIN, P(4), MIN, POP, POP, MIN, P(1), P(1), POP, MIN]),
        case("negatives-and-extremes",
             [P(-5), P(10**9), MIN, P(-10**9), MIN, P(-1), MIN, TOP, POP, MIN, POP, MIN,
              P(0), MIN, POP, POP, MIN, POP, MIN]),
        case("zero-and-negative-zero-side",
             [P(0), P(-1), P(0), MIN, POP, MIN, POP, MIN, POP, MIN]),
        case("increasing", [c for i in range(1, 21) for c in (P(i), MIN, TOP)]
             + [c for _ in range(20) for c in (MIN, POP)] + [MIN]),
    ]
    down_up = [c for i in range(15, 0, -1) for c in (P(i), MIN)]
    down_up += [c for i in range(2, 16) for c in (P(i), MIN)]
    down_up += [c for _ in range(29) for c in (POP, MIN, TOP)]
    down_up += [POP, MIN]
    cases.append(case("decreasing-then-increasing", down_up,
                      note="15..1 then 2..15, then pop everything"))
    cases.append(case("interleaved-push-pop",
                      [P(8), POP, P(3), P(6), POP, MIN, P(2), POP, MIN, P(1), P(7), POP,
                       MIN, POP, MIN, POP, MIN, P(-4), TOP, MIN, POP, POP]))
    for i in range(1, 7):
        lo, hi = [(-3, 3), (-3, 3), (0, 1), (-10, 10), (-10**9, 10**9), (-50, 50)][i - 1]
        cases.append(case("random-small-%d" % i, random_ops(rng, 300, lo, hi, max_size=25)))
    for i in range(1, 4):
        cases.append(case("random-medium-%d" % i,
                          random_ops(rng, 2000, -20, 20, max_size=300, p_push=0.55)))
    cases.append(large_case(rng))
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
