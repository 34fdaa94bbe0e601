#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for async-scheduler.

Deterministic (fixed seed, standard library only). Run from anywhere:

    python3 generators/gen_tests.py

A case's args are [jobs, limit, durations]: driver.py gives the solution
`jobs` and `limit`, and keeps `durations` for `work()`. The expected value
of an acyclic case is [] (the driver found no broken rule); of a cyclic
case, ValueError. Whether a case has a cycle is decided twice (Kahn's
algorithm and graphlib), and every acyclic case is run through driver.py
with both accepted solutions, which must report [] (that takes a few
seconds).
"""
import graphlib
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
RAISES = {"$raises": "ValueError"}
SEED = 20240917


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


driver = load("driver.py", "driver")
ACCEPTED = [load("solutions/accepted/events_semaphore.py", "acc1"),
            load("solutions/accepted/dispatcher.py", "acc2")]


def kahn_acyclic(jobs):
    left = {n: len(ds) for n, ds in jobs.items()}
    children = {n: [] for n in jobs}
    for n, ds in jobs.items():
        for d in ds:
            children[d].append(n)
    stack = [n for n, k in left.items() if k == 0]
    seen = 0
    while stack:
        n = stack.pop()
        seen += 1
        for c in children[n]:
            left[c] -= 1
            if left[c] == 0:
                stack.append(c)
    return seen == len(jobs)


def graphlib_acyclic(jobs):
    try:
        graphlib.TopologicalSorter(jobs).prepare()
        return True
    except graphlib.CycleError:
        return False


def case(name, jobs, limit, durations, note=None):
    assert set(durations) == set(jobs), name
    assert len(jobs) <= 8000 and sum(map(len, jobs.values())) <= 24000, name
    assert 1 <= limit <= 100 and all(0 <= d <= 20 for d in durations.values()), name
    for n, ds in jobs.items():
        assert len(set(ds)) == len(ds), (name, n)
        assert all(d in jobs for d in ds), (name, n)
    acyclic = kahn_acyclic(jobs)
    assert acyclic == graphlib_acyclic(jobs), name
    if acyclic:
        for sol in ACCEPTED:
            got = driver.run(sol, jobs, limit, durations)
            assert got == [], (name, sol.__name__, got)
        expected = []
    else:
        for sol in ACCEPTED:
            try:
                got = driver.run(sol, jobs, limit, durations)
            except ValueError:
                pass
            else:
                raise AssertionError((name, sol.__name__, got))
        expected = RAISES
    c = {"name": name, "args": [jobs, limit, durations], "expected": expected}
    if note:
        c["note"] = note
    return c


def sample_cases():
    return [
        case("example-1-diamond",
             {"fetch": [], "parse": ["fetch"], "lint": ["fetch"], "report": ["parse", "lint"]}, 2,
             {"fetch": 3, "parse": 1, "lint": 4, "report": 2}),
        case("example-2-four-independent-jobs-two-slots",
             {"a": [], "b": [], "c": [], "d": []}, 2, {"a": 3, "b": 1, "c": 4, "d": 2}),
        case("example-3-cycle", {"a": ["c"], "b": ["a"], "c": ["b"], "x": []}, 2,
             {"a": 1, "b": 1, "c": 1, "x": 1}),
    ]


def hand_cases():
    return [
        case("no-jobs", {}, 3, {}),
        case("one-job", {"only": []}, 1, {"only": 5}),
        case("one-job-zero-duration", {"only": []}, 4, {"only": 0}),
        case("self-dependency", {"a": [], "b": ["b"]}, 2, {"a": 1, "b": 1},
             note="a job that depends on itself is a cycle"),
        case("two-cycle-beside-free-jobs",
             {"free1": [], "x": ["y"], "free2": ["free1"], "y": ["x"]}, 2,
             {"free1": 2, "x": 1, "free2": 1, "y": 1},
             note="free1 could run, but the ValueError must come before anything starts"),
        case("cycle-at-the-end-of-a-chain",
             {"s1": [], "s2": ["s1"], "s3": ["s2"], "s4": ["s3", "s6"], "s5": ["s4"], "s6": ["s5"]}, 1,
             {"s1": 1, "s2": 1, "s3": 1, "s4": 1, "s5": 1, "s6": 1}),
        case("limit-one-many-roots", {"a": [], "b": [], "c": [], "d": ["a", "c"]}, 1,
             {"a": 2, "b": 3, "c": 1, "d": 1},
             note="only one at a time: one after the other is right here"),
        case("chain-limit-three", {"a": [], "b": ["a"], "c": ["b"], "d": ["c"]}, 3,
             {"a": 2, "b": 2, "c": 2, "d": 2},
             note="a chain cannot run in parallel; a job must not start before its dependency finishes"),
        case("fan-out-six-children-two-slots",
             {"root": [], "c1": ["root"], "c2": ["root"], "c3": ["root"], "c4": ["root"], "c5": ["root"],
              "c6": ["root"]}, 2, {"root": 1, "c1": 3, "c2": 1, "c3": 2, "c4": 2, "c5": 1, "c6": 4}),
        case("fast-branch-must-not-wait-for-slow-one",
             {"slow": [], "fast": [], "after-fast": ["fast"], "after-both": ["slow", "after-fast"]}, 3,
             {"slow": 10, "fast": 1, "after-fast": 2, "after-both": 1},
             note="after-fast is ready at t=1 and a slot is free: it must start then, not at t=10"),
        case("dependents-listed-before-dependencies",
             {"deploy": ["test", "build"], "test": ["build"], "build": [], "docs": []}, 1,
             {"deploy": 1, "test": 2, "build": 3, "docs": 1},
             note="the dict is not in dependency order"),
        case("dependents-first-two-slots",
             {"z": ["y"], "y": ["x"], "x": [], "p": [], "q": []}, 2,
             {"z": 1, "y": 1, "x": 5, "p": 2, "q": 2}),
        case("zero-duration-chain",
             {"a": [], "b": ["a"], "c": ["b"], "d": ["c"], "other": []}, 2,
             {"a": 0, "b": 0, "c": 0, "d": 0, "other": 3},
             note="zero-length jobs still run, and in order"),
        case("zero-duration-fan-in",
             {"r1": [], "r2": [], "r3": [], "join": ["r1", "r2", "r3"], "tail": ["join"]}, 2,
             {"r1": 0, "r2": 0, "r3": 0, "join": 0, "tail": 0}),
        case("limit-larger-than-job-count",
             {"a": [], "b": [], "c": ["a"], "d": ["b"], "e": ["c", "d"]}, 100,
             {"a": 4, "b": 2, "c": 1, "d": 5, "e": 1}),
        case("simultaneous-finishes",
             {"a": [], "b": [], "c": [], "d": ["a"], "e": ["b"], "f": ["c"], "g": ["d", "e", "f"]}, 2,
             {"a": 2, "b": 2, "c": 2, "d": 2, "e": 2, "f": 2, "g": 2},
             note="several jobs finish at the same moment"),
        case("unicode-names",
             {"données": [], "配置": ["données"], "ŝablono": [], "déploiement ✓": ["配置", "ŝablono"]}, 2,
             {"données": 2, "配置": 1, "ŝablono": 4, "déploiement ✓": 1}),
        case("long-dependency-list",
             dict([("base%d" % i, []) for i in range(8)] + [("all", ["base%d" % i for i in range(8)])]), 3,
             dict([("base%d" % i, i % 3 + 1) for i in range(8)] + [("all", 1)])),
    ]


def random_dag(rng, n, max_deps, window, dur_lo, dur_hi, prefix="j"):
    """Jobs created in a hidden topological order, listed in a shuffled one."""
    names = ["%s%d" % (prefix, i) for i in range(n)]
    deps = {}
    for i, name in enumerate(names):
        k = rng.randint(0, max_deps) if i else 0
        lo = max(0, i - window)
        picks = {rng.randrange(lo, i) for _ in range(k)} if i else set()
        deps[name] = [names[j] for j in sorted(picks, key=lambda _: rng.random())]
    order = names[:]
    rng.shuffle(order)
    jobs = {name: deps[name] for name in order}
    durations = {name: rng.randint(dur_lo, dur_hi) for name in order}
    return jobs, durations


def add_cycle(rng, jobs, length):
    names = list(jobs)
    cyc = rng.sample(names, length)
    for a, b in zip(cyc, cyc[1:] + cyc[:1]):
        if b not in jobs[a]:
            jobs[a].append(b)


def random_cases(rng):
    cases = []
    for i in range(1, 9):
        n = rng.randint(5, 14)
        jobs, durations = random_dag(rng, n, 3, 6, 0, 6)
        cases.append(case("random-small-%d" % i, jobs, rng.randint(1, 4), durations))
    for i in range(1, 5):
        n = rng.randint(100, 300)
        jobs, durations = random_dag(rng, n, 4, 40, 0, 20)
        cases.append(case("random-medium-%d" % i, jobs, rng.choice([1, 2, 3, 5, 8, 20]), durations))
    for i in range(1, 4):
        jobs, durations = random_dag(rng, rng.randint(6, 40), 3, 10, 1, 5)
        add_cycle(rng, jobs, rng.randint(1, 4))
        cases.append(case("random-cyclic-%d" % i, jobs, rng.randint(1, 3), durations))
    return cases


def large_acyclic(rng, n_chain=2400, n_early=2400, n_gated=3200, gate_deps=3):
    """8000 jobs, listed in shuffled order (the end of the chain first):
    - a chain of 2400 jobs, each depending on the previous one only;
    - 2400 "early" jobs forming a random DAG;
    - 3200 "gated" jobs, each depending on several early jobs and on one of
      the last 100 links of the chain: they wait the whole run.
    A scheduler that re-scans the waiting jobs after each finished job does
    ~4800 scans of ~3200 jobs."""
    chain = ["c%d" % i for i in range(n_chain)]
    early = ["e%d" % i for i in range(n_early)]
    gated = ["g%d" % i for i in range(n_gated)]
    deps, durations = {}, {}
    for i, name in enumerate(chain):
        deps[name] = [chain[i - 1]] if i else []
        durations[name] = rng.randint(0, 2)
    for i, name in enumerate(early):
        picks = {rng.randrange(max(0, i - 200), i) for _ in range(rng.randint(0, 3))} if i else set()
        deps[name] = [early[j] for j in sorted(picks)]
        durations[name] = rng.randint(1, 20)
    for i, name in enumerate(gated):
        picks = sorted(set(rng.sample(range(n_early), gate_deps)))
        deps[name] = [early[j] for j in picks] + [chain[rng.randrange(n_chain - 100, n_chain)]]
        if i and rng.random() < 0.5:
            deps[name].append(gated[rng.randrange(max(0, i - 50), i)])
        durations[name] = rng.randint(1, 20)
    order = chain + early + gated
    rng.shuffle(order)
    # the end of the chain first: a recursive search from it goes 2400 deep
    order.remove(chain[-1])
    order.insert(0, chain[-1])
    jobs = {name: deps[name] for name in order}
    durations = {name: durations[name] for name in order}
    return case("large-8000-jobs-long-chain", jobs, 16, durations,
                note="a chain 2400 deep holds back 3200 jobs; O(n) work per finished job is too slow")


def large_cyclic(rng):
    jobs, durations = random_dag(rng, 2000, 3, 200, 1, 9, prefix="t")
    # a long chain closed into a cycle, hidden among the rest
    names = sorted(jobs, key=lambda s: int(s[1:]))
    ring = names[100:1900:2]
    for a, b in zip(ring, ring[1:]):
        if a not in jobs[b]:
            jobs[b].append(a)
    jobs[ring[0]].append(ring[-1])
    return case("large-2000-jobs-one-long-cycle", jobs, 8, durations,
                note="a cycle of 900 jobs; most other jobs could run")


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    sys.setrecursionlimit(10000)
    rng = random.Random(SEED)
    write("sample.json", sample_cases())
    hidden = hand_cases() + random_cases(rng) + [large_acyclic(rng), large_cyclic(rng)]
    write("hidden.json", hidden)
