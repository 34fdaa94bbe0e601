"""Writes tests/sample.json, tests/hidden.json and tests/large.json.

Deterministic (fixed seed). Run from anywhere:
    python3 generators/gen_tests.py

`expected` is the lexicographically smallest valid order (Kahn's algorithm
with a heap), or [] when there is a cycle. The checker accepts any valid
order and uses `expected` only to tell the two cases apart. On every small
case with n <= 7 the cycle/no-cycle answer is cross-checked by trying all
permutations.
"""

import heapq
import itertools
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests")
sys.dont_write_bytecode = True  # no __pycache__ in the problem folder
sys.path.insert(0, os.path.join(HERE, ".."))
from checker import check  # noqa: E402

rng = random.Random(90210)


def reference(n, prereqs):
    unlocks = [[] for _ in range(n)]
    indegree = [0] * n
    for c, p in prereqs:
        unlocks[p].append(c)
        indegree[c] += 1
    ready = [c for c in range(n) if indegree[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        p = heapq.heappop(ready)
        order.append(p)
        for c in unlocks[p]:
            indegree[c] -= 1
            if indegree[c] == 0:
                heapq.heappush(ready, c)
    return order if len(order) == n else []


def brute_has_order(n, prereqs):
    for perm in itertools.permutations(range(n)):
        pos = {c: i for i, c in enumerate(perm)}
        if all(pos[p] < pos[c] for c, p in prereqs):
            return True
    return False


def case(name, n, prereqs, want_cycle=None):
    assert n >= 1 and all(0 <= c < n and 0 <= p < n for c, p in prereqs)
    want = reference(n, prereqs)
    if n <= 7:
        assert brute_has_order(n, prereqs) == (want != []), name
    if want_cycle is not None:
        assert (want == []) == want_cycle, name
    assert check([n, prereqs], want, want) is True
    return {"name": name, "args": [n, [list(e) for e in prereqs]], "expected": want}


SAMPLE = [
    ("diamond", 4, [[1, 0], [2, 0], [3, 1], [3, 2]], False),
    ("cycle", 3, [[0, 1], [1, 2], [2, 0]], True),
    ("no-prerequisites", 3, [], False),
]

HAND = [
    ("one-course", 1, [], False),
    ("one-course-needs-itself", 1, [[0, 0]], True),
    ("self-loop-among-others", 4, [[1, 0], [2, 1], [3, 3]], True),
    ("self-loop-on-a-free-course", 3, [[1, 0], [2, 2]], True),
    ("two-cycle", 2, [[0, 1], [1, 0]], True),
    ("direction-matters", 2, [[0, 1]], False),
    ("chain-high-to-low", 5, [[0, 1], [1, 2], [2, 3], [3, 4]], False),
    ("repeated-pair", 2, [[1, 0], [1, 0], [1, 0]], False),
    ("repeated-pairs-chain", 4, [[1, 0], [2, 1], [1, 0], [3, 2], [2, 1]], False),
    ("isolated-courses", 6, [[2, 1]], False),
    ("isolated-last", 5, [[1, 0], [2, 1], [3, 2]], False),
    ("shared-prerequisite", 3, [[1, 0], [2, 0]], False),
    ("diamond-listed-top-down", 4, [[3, 1], [3, 2], [1, 0], [2, 0]], False),
    ("double-diamond", 7, [[1, 0], [2, 0], [3, 1], [3, 2], [4, 3], [5, 3], [6, 4], [6, 5]], False),
    ("cycle-in-second-component", 6, [[1, 0], [3, 4], [4, 5], [5, 3]], True),
    ("cycle-behind-a-free-course", 5, [[1, 0], [2, 1], [1, 2], [3, 4]], True),
    ("course-after-a-cycle", 4, [[1, 0], [0, 1], [2, 1], [3, 2]], True),
    ("long-cycle", 7, [[i, (i + 1) % 7] for i in range(7)], True),
    ("everything-needs-course-0", 6, [[c, 0] for c in range(1, 6)], False),
    ("course-needs-everything", 6, [[5, p] for p in range(5)], False),
]


def random_dag(n, m):
    perm = list(range(n))
    rng.shuffle(perm)
    pairs = []
    for _ in range(m):
        i, j = sorted(rng.sample(range(n), 2))
        pairs.append([perm[j], perm[i]])  # the later course needs the earlier one
    return pairs


def main():
    sample = [case(*c) for c in SAMPLE]
    hidden = [case(*c) for c in HAND]
    for i in range(40):
        n = rng.randint(2, 7 if i < 25 else 30)
        pairs = random_dag(n, rng.randint(0, 2 * n))
        if pairs and rng.random() < 0.3:
            pairs.append(rng.choice(pairs))  # a repeated pair
        if i % 3 == 2:  # add one back edge or self-loop: usually a cycle
            c = rng.randrange(n)
            pairs.append([c, c] if rng.random() < 0.3 else [rng.randrange(n), rng.randrange(n)])
        rng.shuffle(pairs)
        hidden.append(case("random-%02d-n%d" % (i, n), n, pairs))

    large = []
    n = 20_000
    perm = list(range(n))
    rng.shuffle(perm)
    chain = [[perm[i + 1], perm[i]] for i in range(n - 1)]
    rng.shuffle(chain)
    large.append(case("chain-20000-scattered", n, chain, want_cycle=False))
    large.append(case("no-prerequisites-20000", 20_000, [], want_cycle=False))
    n = 5_000
    perm = list(range(n))
    rng.shuffle(perm)
    chain = [[perm[i + 1], perm[i]] for i in range(n - 1)] + [[perm[0], perm[-1]]]
    rng.shuffle(chain)
    large.append(case("cycle-through-5000", n, chain, want_cycle=True))
    large.append(case("random-dag-3000", 3_000, random_dag(3_000, 6_000), want_cycle=False))

    for name, tests in (("sample", sample), ("hidden", hidden), ("large", large)):
        with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(t, separators=(",", ":")) for t in tests))
            f.write("\n]\n")
    for t in sample + hidden:
        print(t["name"], t["expected"])
    for t in large:
        print(t["name"], len(t["expected"]))


if __name__ == "__main__":
    main()
