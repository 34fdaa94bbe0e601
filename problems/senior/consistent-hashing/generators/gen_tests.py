#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for consistent-hashing.

Deterministic (fixed seed, standard library only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from a bisect-based reference ring. Every case except
the large one is cross-checked against a brute-force ring (the minimum over
all virtual nodes at or after the file's hash); the large one is checked on
a sample of its lookups.
"""
import bisect
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 31337


def h(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class Fail(Exception):
    def __init__(self, name):
        self.name = name


class RefRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.points = []  # sorted (hash, node)
        self.nodes = set()

    def add_node(self, node):
        if node in self.nodes:
            raise Fail("ValueError")
        self.nodes.add(node)
        for i in range(self.replicas):
            bisect.insort(self.points, (h(f"{node}#{i}"), node))

    def remove_node(self, node):
        if node not in self.nodes:
            raise Fail("KeyError")
        self.nodes.remove(node)
        self.points = [p for p in self.points if p[1] != node]

    def node_for(self, file):
        if not self.points:
            raise Fail("LookupError")
        i = bisect.bisect_left(self.points, (h(file),))
        return self.points[i % len(self.points)][1]


class BruteRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.nodes = []

    def add_node(self, node):
        if node in self.nodes:
            raise Fail("ValueError")
        self.nodes.append(node)

    def remove_node(self, node):
        if node not in self.nodes:
            raise Fail("KeyError")
        self.nodes.remove(node)

    def node_for(self, file):
        vnodes = [(h(f"{n}#{i}"), n) for n in self.nodes for i in range(self.replicas)]
        if not vnodes:
            raise Fail("LookupError")
        x = h(file)
        after = [v for v in vnodes if v[0] >= x]
        return min(after)[1] if after else min(vnodes)[1]


def run_model(cls, replicas, calls):
    ring = cls(replicas)
    out = [None]
    for method, *args in calls:
        try:
            out.append(getattr(ring, method)(*args))
        except Fail as e:
            out.append({"$raises": e.name})
    return out


def check_distinct(replicas, calls):
    """The statement promises distinct virtual-node hashes."""
    names = {args[0] for m, *args in calls if m == "add_node"}
    hs = [h(f"{n}#{i}") for n in names for i in range(replicas)]
    assert len(set(hs)) == len(hs)
    assert all("#" not in n and n for n in names)


def case(name, replicas, calls, note=None, brute=True):
    check_distinct(replicas, calls)
    expected = run_model(RefRing, replicas, calls)
    if brute:
        assert expected == run_model(BruteRing, replicas, calls), name
    c = {"name": name, "ops": [["HashRing", replicas]] + [list(x) for x in calls], "expected": expected}
    if note:
        c["note"] = note
    return c


def A(n):
    return ["add_node", n]


def R(n):
    return ["remove_node", n]


def F(f):
    return ["node_for", f]


def sample_cases():
    ex1 = case("example-1", 2, [A("alpha"), A("beta"), F("song.mp3"), F("photo.jpg"), F("alpha#0")])
    assert ex1["expected"] == [None, None, None, "beta", "alpha", "alpha"], ex1["expected"]
    ex2 = case("example-2", 2, [A("alpha"), A("beta"), F("diary.txt"), A("gamma"), F("diary.txt"),
                                F("song.mp3"), R("alpha"), F("photo.jpg"), R("alpha")])
    assert ex2["expected"] == [None, None, None, "beta", None, "gamma", "beta", None, "beta",
                               {"$raises": "KeyError"}], ex2["expected"]
    ex3 = case("example-3", 3, [F("x"), A("n1"), A("n1"), F("x"), R("n1"), F("x")])
    return [ex1, ex2, ex3]


def files(rng, n, prefix="file"):
    return ["%s-%d.bin" % (prefix, rng.randrange(10**6)) for _ in range(n)]


def wrap_files(points, want):
    """Names whose hash is above the largest virtual node (they must wrap)."""
    top = max(points)
    out, i = [], 0
    while len(out) < want:
        name = "wrap-%d" % i
        if h(name) > top:
            out.append(name)
        i += 1
    return out


def hidden_cases(rng):
    cases = []
    cases.append(case("empty-ring-lookup", 5, [F("a.txt"), F("")]))
    cases.append(case("remove-from-empty-ring", 5, [R("a")]))
    cases.append(case("remove-unknown-node", 3, [A("a"), R("b"), F("k")]))
    cases.append(case("duplicate-add", 3, [A("a"), A("b"), A("a"), F("k1"), R("a"), F("k1"), F("k2"),
                                           R("a")],
                      note="the failed second add must not put a's virtual nodes in twice"))
    cases.append(case("re-add-after-remove", 4, [A("a"), A("b"), F("q"), R("a"), F("q"), A("a"), F("q"),
                                                 R("b"), R("a"), F("q")]))
    one = [A("solo")] + [F(f) for f in files(rng, 20)]
    cases.append(case("single-node-one-replica", 1, one))
    cases.append(case("single-node-many-replicas", 50, one))

    # exact hits: file names equal to virtual-node keys
    nodes = ["s1", "s2", "s3"]
    calls = [A(n) for n in nodes]
    calls += [F(f"{n}#{i}") for n in nodes for i in range(6)]
    calls += [F(f"{n}#{i}") for n in nodes for i in (6, 7)]  # not virtual nodes
    cases.append(case("file-names-equal-virtual-nodes", 6, calls,
                      note="h(file) equal to a virtual node's hash: that virtual node owns it (>=)"))

    # wrap-around, with replicas = 1 so that many files wrap
    pts = [h("left#0"), h("right#0")]
    wf = wrap_files(pts, 12)
    calls = [A("left"), A("right")] + [F(f) for f in wf] + [F(f) for f in files(rng, 15)]
    top_node = "left" if pts[0] > pts[1] else "right"
    calls += [F(top_node + "#0")]
    cases.append(case("wrap-around-two-nodes", 1, calls,
                      note="wrap-* files hash past the last virtual node; the last one is an exact hit on it"))

    vn = ["edge-%d" % i for i in range(4)]
    pts = [h(f"{n}#{i}") for n in vn for i in range(3)]
    calls = [A(n) for n in vn] + [F(f) for f in wrap_files(pts, 10)] + [F(f) for f in files(rng, 10)]
    cases.append(case("wrap-around-four-nodes", 3, calls))

    uni = ["节点-东", "nœud-ouest", "узел", "🗄️-store"]
    calls = [A(n) for n in uni]
    calls += [F(f) for f in ["фото.jpg", "日记.txt", "naïve café.md", "😀.png", "", " ", "e\u0301t\u00e9",
                              "été", "节点-东#0", "узел#1"]]
    calls += [R("узел"), F("узел#1"), F("фото.jpg"), F("😀.png")]
    cases.append(case("unicode-names", 3, calls, note="hash the UTF-8 bytes"))

    # join: only files that move, move to the new node
    nodes = ["store-%02d" % i for i in range(5)]
    fs = files(rng, 150, "doc")
    calls = [A(n) for n in nodes] + [F(f) for f in fs] + [A("store-new")] + [F(f) for f in fs]
    c = case("join-moves-files-only-to-new-node", 20, calls)
    before, after = c["expected"][6:156], c["expected"][157:]
    moved = [(b, a) for b, a in zip(before, after) if b != a]
    assert moved and all(a == "store-new" for _, a in moved), moved
    cases.append(c)

    calls = [A(n) for n in nodes] + [F(f) for f in fs] + [R("store-03")] + [F(f) for f in fs]
    c = case("leave-moves-only-its-files", 20, calls)
    before, after = c["expected"][6:156], c["expected"][157:]
    moved = [(b, a) for b, a in zip(before, after) if b != a]
    assert moved and all(b == "store-03" for b, _ in moved), moved
    cases.append(c)

    for k in range(1, 6):
        replicas = rng.choice([1, 2, 3, 8, 16])
        pool = ["n%d" % i for i in range(rng.randint(2, 8))]
        fpool = files(rng, 30, "r%d" % k)
        calls = []
        for _ in range(rng.randint(60, 120)):
            r = rng.random()
            if r < 0.15:
                calls.append(A(rng.choice(pool)))
            elif r < 0.25:
                calls.append(R(rng.choice(pool)))
            elif r < 0.35:
                n = rng.choice(pool)
                calls.append(F("%s#%d" % (n, rng.randrange(replicas + 1))))
            else:
                calls.append(F(rng.choice(fpool)))
        cases.append(case("random-ops-%d" % k, replicas, calls))
    return cases


def large_case(rng):
    """100 nodes x 200 virtual nodes, then 8000 lookups of files that hash
    into the top 3% of the ring (some past the last virtual node), with a
    few nodes leaving along the way."""
    replicas = 200
    nodes = ["n%d" % i for i in range(100)]
    calls = [A(n) for n in nodes]
    threshold = int(0.97 * 2**64)
    names, i = [], 0
    while len(names) < 8000:
        name = "f%d" % i
        if h(name) >= threshold:
            names.append(name)
        i += 1
    leaving = rng.sample(nodes, 4)
    for k, name in enumerate(names):
        if k and k % 2000 == 0:
            calls.append(R(leaving[k // 2000 - 1]))
        calls.append(F(name))
    c = case("large-100-nodes-200-replicas-8000-lookups", replicas, calls, brute=False,
             note="20000 virtual nodes; a linear scan per lookup is ~10^8 steps")
    # spot-check a sample of lookups against the brute force ring
    brute = BruteRing(replicas)
    for n in nodes:
        brute.add_node(n)
    for k, (call, want) in enumerate(zip(calls, c["expected"][1:])):
        if call[0] == "remove_node":
            brute.remove_node(call[1])
        elif call[0] == "node_for" and k % 400 == 0:
            assert brute.node_for(call[1]) == want
    return c


def churn_case():
    """5000 short-lived nodes come and go around one that stays, then
    lookups. A remove that only marks a node dead leaves 15000 dead virtual
    nodes on the ring, and every lookup walks past them."""
    rng = random.Random(SEED + 1)
    replicas = 3
    calls = [A("anchor")]
    for k in range(5000):
        calls += [A("short-%d" % k), R("short-%d" % k)]
        if k % 50 == 49:
            calls.append(F("probe-%d" % k))
    calls += [F("f-%d" % rng.randrange(10**9)) for _ in range(20000 - 1 - len(calls))]
    c = case("churn-5000-nodes-come-and-go", replicas, calls, brute=False,
             note="removed nodes must leave the ring: lookups stay O(log V) for the V virtual nodes on it")
    assert all(x == "anchor" for x in c["expected"][1:] if x is not None)
    return c


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
    write("hidden.json", hidden_cases(rng) + [large_case(rng), churn_case()])
