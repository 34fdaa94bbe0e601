#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for two-stack-queue.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from a two-stack reference model; every case is
cross-checked against a collections.deque model.
"""
import collections
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
RAISES = {"$raises": "IndexError"}
SEED = 20250301


class Empty(Exception):
    pass


class StackModel:
    def __init__(self):
        self.inbox, self.outbox = [], []

    def enqueue(self, x):
        self.inbox.append(x)

    def _refill(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        if not self.outbox:
            raise Empty

    def dequeue(self):
        self._refill()
        return self.outbox.pop()

    def peek(self):
        self._refill()
        return self.outbox[-1]

    def size(self):
        return len(self.inbox) + len(self.outbox)

    def is_empty(self):
        return not self.inbox and not self.outbox


class DequeModel:
    def __init__(self):
        self.d = collections.deque()

    def enqueue(self, x):
        self.d.append(x)

    def dequeue(self):
        if not self.d:
            raise Empty
        return self.d.popleft()

    def peek(self):
        if not self.d:
            raise Empty
        return self.d[0]

    def size(self):
        return len(self.d)

    def is_empty(self):
        return len(self.d) == 0


def run_model(cls, calls):
    m, out = cls(), [None]
    for call in calls:
        try:
            out.append(getattr(m, call[0])(*call[1:]))
        except Empty:
            out.append(RAISES)
    return out


def case(name, calls, note=None):
    expected = run_model(StackModel, calls)
    assert expected == run_model(DequeModel, calls), name
    c = {"name": name, "ops": [["TwoStackQueue"]] + [list(x) for x in calls], "expected": expected}
    if note:
        c["note"] = note
    return c


def E(x):
    return ["enqueue", x]


D, P, S, Z = ["dequeue"], ["peek"], ["size"], ["is_empty"]


def sample_cases():
    ex1 = case("example-1", [E(1), E(2), E(3), D, E(4), P, S, D, D, D, Z])
    assert ex1["expected"] == [None, None, None, None, 1, None, 2, 3, 2, 3, 4, True]
    ex2 = case("example-2", [Z, D, E("a"), P, S, E("b"), D, D, P, S])
    assert ex2["expected"] == [None, True, RAISES, None, "a", 1, None, "a", "b", RAISES, 0]
    return [ex1, ex2]


def random_calls(rng, n, values, p_enqueue=0.45):
    calls, size = [], 0
    for _ in range(n):
        r = rng.random()
        if r < p_enqueue:
            calls.append(E(rng.choice(values)))
            size += 1
        else:
            op = rng.choice([D, D, P, S, Z])
            calls.append(op)
            if op is D and size:
                size -= 1
    return calls


def large_case(rng):
    """A long queue (~8k items) with ~9k dequeue/peek calls at that depth.
    Amortized O(1) moves each item across once; re-pouring the whole queue
    for every dequeue/peek is ~1.5 * 10^8 list operations."""
    calls = [E(rng.randrange(100)) for _ in range(8000)]
    for _ in range(16000):
        r = rng.random()
        if r < 0.35:
            calls.append(E(rng.randrange(100)))
        elif r < 0.70:
            calls.append(D)
        elif r < 0.90:
            calls.append(P)
        elif r < 0.95:
            calls.append(S)
        else:
            calls.append(Z)
    calls += [S, Z]
    return case("large-long-queue-many-dequeues", calls,
                note="~24k ops on a queue ~8k long; O(n) per dequeue/peek is far too slow")


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("empty-dequeue", [D]),
        case("empty-peek", [P]),
        case("empty-size-and-is-empty", [S, Z]),
        case("is-empty-right-after-enqueue", [E(5), Z, S, E(6), Z, S],
             note="the items are all still on the inbox"),
        case("pour-only-when-outbox-empty", [E(1), E(2), D, E(3), D, D],
             note="3 must not overtake 2"),
        case("pour-after-peek", [E(1), E(2), P, E(3), E(4), D, P, D, E(5), D, D, D]),
        case("peek-keeps-size", [E(7), P, P, S, Z, P, D, S, Z]),
        case("peek-many-times", [E("x"), E("y")] + [P] * 5 + [S, D, P, S, D, Z, S]),
        case("emptied-then-reused",
             [E(1), D, D, P, Z, S, E(2), E(3), Z, S, D, E(4), D, D, P, Z]),
        case("single-item", [E(42), S, Z, P, D, S, Z, D]),
        case("duplicates", [E(3), E(3), E(1), E(3), D, D, D, S, D, Z]),
        case("falsy-items", [E(0), E(""), E(None), E(False), S, Z, D, P, D, D, P, D, Z, P],
             note="0, '', None and False are real items"),
        case("mixed-types", [E("abc"), E(-10**12), E(2.5), E([1, 2]), D, D, D, D, Z]),
        case("unicode-strings", [E("héllo"), E("привет"), E("日本"), E("🙂"), D, P, D, D, D, Z]),
        case("fill-drain-fill",
             [E(i) for i in range(10)] + [D] * 5 + [E(i) for i in range(10, 15)] + [D] * 10
             + [S, Z, D]),
        case("alternating", [c for i in range(30) for c in (E(i), E(i + 100), D)] + [S]
             + [D] * 30 + [Z, S]),
    ]
    pools = [list(range(5)), list(range(-50, 50)), ["a", "b", "c", "", "é"],
             [0, 1, "0", "1", None]]
    for i in range(8):
        cases.append(case("random-small-%d" % (i + 1),
                          random_calls(rng, 120, pools[i % len(pools)])))
    for i in range(3):
        cases.append(case("random-medium-%d" % (i + 1),
                          random_calls(rng, 3000, list(range(1000)), p_enqueue=0.5)))
    cases.append(large_case(rng))
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
