"""Writes tests/sample.json, tests/hidden.json and tests/large.json.

Deterministic (fixed seed). Run from anywhere:
    python3 generators/gen_tests.py

Expected values come from a reference union-find, cross-checked on every
small graph against a brute force (transitive closure of reachability).
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests")
rng = random.Random(7301)


def reference(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = n
    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            count -= 1
    return count


def brute(n, edges):
    reach = [{i} for i in range(n)]
    for u, v in edges:
        reach[u].add(v)
        reach[v].add(u)
    changed = True
    while changed:
        changed = False
        for i in range(n):
            new = set().union(*(reach[j] for j in reach[i]))
            if new != reach[i]:
                reach[i], changed = new, True
    return len({frozenset(r) for r in reach})


def case(name, n, edges, small=True):
    assert all(0 <= u < n and 0 <= v < n for u, v in edges)
    want = reference(n, edges)
    if small:
        assert brute(n, edges) == want, name
    return {"name": name, "args": [n, [list(e) for e in edges]], "expected": want}


SAMPLE = [
    ("two-groups", 5, [[0, 1], [1, 2], [3, 4]]),
    ("loops-repeats-and-a-loner", 4, [[0, 0], [1, 2], [2, 1]]),
    ("no-edges", 3, []),
]

HAND = [
    ("empty-graph", 0, []),
    ("one-vertex", 1, []),
    ("one-vertex-self-loop", 1, [[0, 0]]),
    ("edge-listed-backwards", 2, [[1, 0]]),
    ("chain-listed-backwards", 4, [[3, 2], [2, 1], [1, 0]]),
    ("star-pointing-in", 5, [[1, 0], [2, 0], [3, 0], [4, 0]]),
    ("all-isolated", 6, []),
    ("isolated-at-the-end", 6, [[0, 1], [2, 3]]),
    ("isolated-at-the-start", 6, [[4, 5], [3, 4]]),
    ("isolated-in-the-middle", 7, [[0, 1], [5, 6]]),
    ("repeated-edge", 4, [[0, 1], [0, 1], [1, 0]]),
    ("triangle", 3, [[0, 1], [1, 2], [2, 0]]),
    ("square-with-diagonals", 4, [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2], [1, 3]]),
    ("only-self-loops", 4, [[0, 0], [1, 1], [2, 2], [3, 3]]),
    ("self-loop-plus-edge", 3, [[1, 1], [1, 2], [2, 2]]),
    ("many-repeats", 3, [[0, 2]] * 5),
    ("two-cycles", 8, [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4]]),
    ("joined-late", 6, [[0, 1], [2, 3], [4, 5], [1, 2], [3, 4]]),
    ("complete-5", 5, [[i, j] for i in range(5) for j in range(5) if i < j]),
]


def random_graph(n, m, loops=True):
    edges = []
    for _ in range(m):
        u = rng.randrange(n)
        v = u if loops and rng.random() < 0.1 else rng.randrange(n)
        edges.append([u, v])
    if edges and rng.random() < 0.5:
        edges += rng.sample(edges, min(len(edges), rng.randint(1, 3)))  # repeats
    rng.shuffle(edges)
    return edges


def main():
    sample = [case(*c) for c in SAMPLE]
    hidden = [case(*c) for c in HAND]
    for i in range(40):
        n = rng.randint(1, 25)
        m = rng.randint(0, 2 * n)
        hidden.append(case("random-%02d-n%d-m%d" % (i, n, m), n, random_graph(n, m)))

    large = []
    # A path through 15,000 of 100,000 vertices, labels scattered, edges
    # shuffled and randomly oriented; the other 85,000 vertices are isolated.
    n = 100_000
    labels = rng.sample(range(n), 15_000)
    path = [[a, b] if rng.random() < 0.5 else [b, a] for a, b in zip(labels, labels[1:])]
    rng.shuffle(path)
    large.append(case("long-path-scattered", n, path, small=False))
    # A hub joined to everyone else, the hub always written first.
    large.append(case("star-hub-first", 22_000, [[0, i] for i in range(1, 22_000)], small=False))
    # Many small random pieces with self-loops and repeats.
    large.append(case("random-sparse", 30_000, random_graph(10_000, 6_000), small=False))

    for name, tests in (("sample", sample), ("hidden", hidden), ("large", large)):
        with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(t, separators=(",", ":")) for t in tests))
            f.write("\n]\n")
    for t in sample + hidden[:len(HAND)] + large:
        print(t["name"], t["expected"])


if __name__ == "__main__":
    main()
