#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
dijkstra.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected distances come from `dijkstra` below (heapq, lazy deletion).
Every case is cross-checked against `spfa` (a queue-based label-correcting
algorithm, no heap), small cases also against Floyd-Warshall, and then
every case against each solution in solutions/accepted/. Takes ~15 s.
"""
import glob
import heapq
import importlib.util
import json
import os
import random
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 20250312
INF = float("inf")


def dijkstra(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return [-1 if d == INF else d for d in dist]


def spfa(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [INF] * n
    dist[source] = 0
    queue, queued = deque([source]), [False] * n
    queued[source] = True
    while queue:
        u = queue.popleft()
        queued[u] = False
        for v, w in adj[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                if not queued[v]:
                    queued[v] = True
                    queue.append(v)
    return [-1 if d == INF else d for d in dist]


def floyd(n, edges, source):
    d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    for u, v, w in edges:
        d[u][v] = min(d[u][v], w)
    for k in range(n):
        for i in range(n):
            for j in range(n):
                if d[i][k] + d[k][j] < d[i][j]:
                    d[i][j] = d[i][k] + d[k][j]
    return [-1 if x == INF else x for x in d[source]]


def case(name, n, edges, source, note=None):
    expected = dijkstra(n, edges, source)
    assert expected == spfa(n, edges, source), name
    if n <= 60:
        assert expected == floyd(n, edges, source), name
    c = {"name": name, "args": [n, [list(e) for e in edges], source], "expected": expected}
    if note:
        c["note"] = note
    return c


# ---------------------------------------------------------------------------

def sample_cases():
    ex1 = case("example-1-detour-is-shorter", 4, [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 5]], 0)
    assert ex1["expected"] == [0, 3, 1, 8]
    ex2 = case("example-2-unreachable", 3, [[1, 0, 2], [1, 2, 7]], 0)
    assert ex2["expected"] == [0, -1, -1]
    ex3 = case("example-3-parallel-and-zero", 3, [[0, 1, 9], [0, 1, 2], [1, 1, 0], [1, 2, 0]], 0)
    assert ex3["expected"] == [0, 2, 2]
    return [ex1, ex2, ex3]


def hand_cases():
    big = 10**9
    return [
        case("single-node-self-loops", 1, [[0, 0, 5], [0, 0, 0]], 0),
        case("no-edges", 4, [], 2),
        case("source-not-zero", 5, [[3, 1, 2], [1, 0, 2], [0, 4, 1], [3, 4, 9], [2, 3, 1]], 3,
             note="node 2 only leads into the source"),
        case("only-incoming-edges", 4, [[1, 0, 1], [2, 0, 1], [3, 2, 1]], 0),
        case("one-way-back-edges", 4, [[0, 1, 5], [2, 1, 1], [3, 0, 1], [1, 2, 100]], 0,
             note="2 -> 1 is cheap but only one way"),
        case("parallel-lighter-first", 3, [[0, 1, 1], [0, 1, 50], [1, 2, 3], [1, 2, 30]], 0),
        case("parallel-lighter-last", 3, [[0, 1, 50], [0, 1, 1], [1, 2, 30], [1, 2, 3]], 0),
        case("zero-weight-chain", 5, [[0, 1, 0], [1, 2, 0], [2, 3, 0], [3, 4, 0], [0, 4, 3]], 0),
        case("zero-weight-cycle", 4, [[0, 1, 2], [1, 2, 0], [2, 1, 0], [2, 3, 5], [1, 3, 7]], 0),
        case("zero-self-loop-on-path", 3, [[0, 1, 4], [1, 1, 0], [1, 2, 1]], 0),
        case("cycle-back-to-source", 4, [[0, 1, 3], [1, 0, 1], [1, 2, 2], [2, 0, 6], [2, 3, 1]], 0,
             note="the source stays at 0 whatever comes back to it"),
        case("zero-edge-then-back-to-source", 3, [[0, 1, 0], [1, 2, 5], [2, 1, 1], [2, 0, 1]], 0,
             note="node 1 is at distance 0 and must stay there"),
        case("pushed-early-improved-later", 5,
             [[0, 1, 10], [0, 2, 1], [2, 3, 1], [3, 1, 1], [1, 4, 1]], 0,
             note="1 is offered 10 first, then 3 through 2 and 3"),
        case("more-edges-fewer-minutes", 6,
             [[0, 5, 100], [0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [4, 5, 1]], 0),
        case("small-numbers-are-far", 6,
             [[5, 4, 1], [4, 3, 1], [3, 2, 1], [2, 1, 1], [1, 0, 1], [5, 0, 50], [5, 1, 40]], 5,
             note="the node numbers run against the distances"),
        case("ties-everywhere", 5,
             [[0, 1, 1], [0, 2, 1], [1, 3, 1], [2, 3, 1], [3, 4, 0], [1, 4, 2], [2, 4, 2]], 0),
        case("huge-weights", 4, [[0, 1, big], [1, 2, big], [2, 3, big], [0, 3, 3 * big + 1]], 0,
             note="3 * 10^9 does not fit in 32 bits"),
        case("complete-graph", 6,
             [[u, v, (u * 7 + v * 3) % 11] for u in range(6) for v in range(6)], 4),
    ]


def random_graph(rng, n, m, wmax, p_zero=0.0):
    edges = []
    for _ in range(m):
        u, v = rng.randrange(n), rng.randrange(n)
        w = 0 if rng.random() < p_zero else rng.randint(0, wmax)
        edges.append([u, v, w])
    return edges


def random_cases(rng):
    specs = [  # (n, m, max weight, share of zero weights)
        (6, 10, 5, 0.2),
        (8, 20, 3, 0.3),
        (10, 12, 10, 0.0),
        (12, 40, 10**9, 0.1),
        (20, 30, 4, 0.25),
        (25, 120, 100, 0.05),
        (40, 70, 20, 0.1),
        (60, 200, 10**6, 0.0),
        (300, 900, 50, 0.1),
        (1000, 2500, 10**9, 0.05),
    ]
    out = []
    for i, (n, m, wmax, pz) in enumerate(specs, 1):
        edges = random_graph(rng, n, m, wmax, pz)
        out.append(case("random-%d-n%d-m%d" % (i, n, m), n, edges, rng.randrange(n)))
    return out


# The large case: a path through all reachable nodes (in a shuffled order)
# that every shortest path follows for long stretches, with short local
# edges that are sometimes a little shorter than the path, parallel edges,
# self loops, and a block of nodes that cannot be reached. Shortest paths
# use thousands of edges, so Bellman-Ford needs thousands of rounds; and
# n = 10^4 makes an O(n^2) scan ~10^8 steps.
LARGE_N = 10000
UNREACHABLE = 150
LOCAL = 8000
PARALLEL = 600
LOOPS = 200


def large_case(rng):
    n = LARGE_N
    order = list(range(n))
    rng.shuffle(order)
    path, cut = order[:n - UNREACHABLE], order[n - UNREACHABLE:]
    step = [rng.choice((0, 0, 1, 2, 3, 5, 8, 13)) for _ in range(len(path) - 1)]
    prefix = [0]
    for s in step:
        prefix.append(prefix[-1] + s)
    edges = [[path[i], path[i + 1], step[i]] for i in range(len(path) - 1)]
    for _ in range(LOCAL):
        i = rng.randrange(len(path))
        j = min(len(path) - 1, max(0, i + rng.choice((-1, 1)) * rng.randint(2, 12)))
        if j > i:
            w = max(0, prefix[j] - prefix[i] + rng.randint(-3, 25))  # sometimes a shortcut
        else:
            w = rng.randint(0, 60)  # backwards: never helps
        edges.append([path[i], path[j], w])
    for _ in range(PARALLEL):
        u, v, w = edges[rng.randrange(len(path) - 1)]
        edges.append([u, v, w + rng.randint(1, 20)])
    for _ in range(LOOPS):
        u = rng.choice(path)
        edges.append([u, u, rng.randint(0, 5)])
    for _ in range(UNREACHABLE * 2):  # the cut-off block: edges out of it and inside it only
        edges.append([rng.choice(cut), rng.choice(order), rng.randint(0, 30)])
    rng.shuffle(edges)
    return case("large-long-paths", n, edges, path[0],
                note="10^4 nodes, ~1.9 * 10^4 edges, shortest paths thousands of edges long")


# ---------------------------------------------------------------------------

def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cross_check(groups):
    for path in sorted(glob.glob(os.path.join(ROOT, "solutions", "accepted", "*.py"))):
        solution = load(path, "solution")
        for cs in groups.values():
            for c in cs:
                n, edges, source = c["args"]
                got = solution.shortest_distances(n, [list(e) for e in edges], source)
                assert got == c["expected"], (os.path.basename(path), c["name"])


def write(name, cs):
    path = os.path.join(TESTS, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cs))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cs), os.path.getsize(path)))


def main():
    rng = random.Random(SEED)
    groups = {
        "sample": sample_cases(),
        "hidden": hand_cases() + random_cases(rng),
        "large": [large_case(rng)],
    }
    cross_check(groups)
    for name, cs in groups.items():
        write(name, cs)


if __name__ == "__main__":
    main()
