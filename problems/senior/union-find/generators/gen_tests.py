#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for union-find.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from a union-by-size + path-compression reference;
every case is cross-checked against a brute-force model that keeps each
set as an explicit Python set of its members.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20250305


class Reference:
    def __init__(self, n):
        self.parent, self.size, self.sets = list(range(n)), [1] * n, n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.sets -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def size_of(self, a):
        return self.size[self.find(a)]

    def count(self):
        return self.sets


class Brute:
    def __init__(self, n):
        self.set_of = [{i} for i in range(n)]   # element -> its set (shared objects)

    def union(self, a, b):
        sa, sb = self.set_of[a], self.set_of[b]
        if sa is sb:
            return False
        if len(sa) < len(sb):
            sa, sb = sb, sa
        sa |= sb
        for x in sb:
            self.set_of[x] = sa
        return True

    def connected(self, a, b):
        return self.set_of[a] is self.set_of[b]

    def size_of(self, a):
        return len(self.set_of[a])

    def count(self):
        return len({id(s) for s in self.set_of})


def run_model(cls, n, calls):
    m = cls(n)
    return [None] + [getattr(m, c[0])(*c[1:]) for c in calls]


def case(name, n, calls, note=None):
    expected = run_model(Reference, n, calls)
    assert expected == run_model(Brute, n, calls), name
    c = {"name": name, "ops": [["DisjointSet", n]] + [list(x) for x in calls], "expected": expected}
    if note:
        c["note"] = note
    return c


def U(a, b):
    return ["union", a, b]


def C(a, b):
    return ["connected", a, b]


def S(a):
    return ["size_of", a]


N = ["count"]


def sample_cases():
    ex1 = case("example-1", 5, [U(0, 1), U(1, 2), C(0, 2), C(0, 3), S(2), N, U(2, 0), N, S(4)])
    assert ex1["expected"] == [None, True, True, True, False, 3, 3, False, 3, 1]
    ex2 = case("example-2", 1, [S(0), N, U(0, 0), C(0, 0), N])
    assert ex2["expected"] == [None, 1, 1, False, True, 1]
    return [ex1, ex2]


def random_calls(rng, n, count, p_union=0.4):
    calls = []
    for _ in range(count):
        r = rng.random()
        a, b = rng.randrange(n), rng.randrange(n)
        if r < p_union:
            calls.append(U(a, b))
        elif r < 0.7:
            calls.append(C(a, b))
        elif r < 0.9:
            calls.append(S(a))
        else:
            calls.append(N)
    return calls


def large_case(rng):
    """Two chains, built so that linking one root under the other without
    sizes makes a path m long whichever way round it links (chain A for
    "a's root under b's", chain B for the opposite), then q queries on the
    deep ends of both. n = 10^5 also makes an O(n) relabelling union slow.
    Without union by size or path compression: ~q * m = 1.2 * 10^8 steps."""
    n, m, q = 100000, 8000, 15000
    calls = [U(i, i + 1) for i in range(m)]                       # chain A: 0..m
    calls += [U(j + 1, j) for j in range(m + 1, 2 * m + 1)]       # chain B: m+1..2m+1
    far = 2 * m + 1
    for _ in range(q):
        deep_a, deep_b = rng.randrange(40), m + 1 + rng.randrange(40)
        r = rng.random()
        if r < 0.8:
            calls.append(C(deep_a, deep_b) if r < 0.4 else C(deep_b, deep_a))
        elif r < 0.9:
            calls.append(S(deep_a))
        else:
            calls.append(S(deep_b))
    calls += [N, U(0, far), C(m, m + 1), S(5), N, U(m, far), N]
    calls += [U(rng.randrange(far + 1), rng.randrange(far + 1)) for _ in range(100)]
    calls += [S(0), N]
    return case("large-long-chains", n, calls,
                note="~31k ops, n = 10^5; without union by size or path compression "
                     "every query walks an ~8000-long path")


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("single-element", 1, [N, S(0), C(0, 0), U(0, 0), N, S(0)]),
        case("self-union", 4, [U(2, 2), N, S(2), U(1, 2), U(2, 2), U(2, 1), U(1, 1), N, S(1)]),
        case("redundant-unions-keep-count", 6,
             [U(0, 1), U(1, 0), U(0, 1), N, U(2, 3), U(3, 2), N, U(1, 3), U(0, 2), U(3, 0), N],
             note="False unions change nothing"),
        case("merge-via-non-roots", 8,
             [U(0, 1), U(2, 3), U(4, 5), U(6, 7), U(1, 3), U(5, 7), S(0), S(4), U(3, 7),
              S(0), S(2), S(5), S(7), N, C(0, 7), C(1, 6)],
             note="union() is called on elements that are not roots"),
        case("small-joins-big", 10,
             [U(0, 1), U(0, 2), U(0, 3), U(0, 4), U(9, 0), S(9), S(0), U(8, 4), S(8),
              C(8, 9), N]),
        case("big-joins-small", 10,
             [U(1, 0), U(2, 0), U(3, 0), U(4, 0), U(0, 9), S(9), S(0), U(4, 8), S(8), N]),
        case("no-unions", 5, [C(0, 1), C(3, 4), S(3), N, C(2, 2)]),
        case("everything-joined", 7,
             [U(i, i + 1) for i in range(6)] + [N, S(3), C(0, 6)] + [U(0, i) for i in range(7)] + [N]),
        case("star-then-queries", 12,
             [U(0, i) for i in range(1, 12)] + [S(i) for i in range(12)] + [N]),
        case("pairs-then-chain-of-pairs", 10,
             [U(i, i + 1) for i in range(0, 10, 2)] + [N]
             + [U(i, i + 2) for i in range(0, 8, 2)] + [N, S(9), C(0, 9), U(9, 0)]),
        case("interleaved-queries", 6,
             [U(0, 1), C(0, 1), C(1, 2), U(2, 3), S(3), C(0, 3), U(1, 2), C(0, 3), S(0),
              N, U(4, 5), N, U(5, 0), S(4), N]),
    ]
    for i in range(6):
        n = [2, 3, 10, 10, 30, 50][i]
        cases.append(case("random-small-%d" % (i + 1), n, random_calls(rng, n, 200)))
    for i, (n, k) in enumerate([(500, 1200), (2000, 1500)]):
        cases.append(case("random-medium-%d" % (i + 1), n, random_calls(rng, n, k, 0.5)))
    k = 6000
    cases.append(case("deep-chains-few-queries", 2 * k + 2,
                      [U(i, i + 1) for i in range(k)] + [U(j + 1, j) for j in range(k + 1, 2 * k + 1)]
                      + [C(0, k + 1), S(0), S(k + 1), N, U(0, k + 1), S(2 * k + 1), N],
                      note="chains 6000 long unless unions are balanced; deeper than the recursion limit"))
    cases.append(large_case(rng))
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
