#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for worker-pool.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

A correct pool's report follows from the inputs alone (`reference`): the
amounts in order, the balance plus their sum, a peak of min(workers, jobs)
in "sync" tests, no limits broken and no threads left. Every case is
cross-checked by running driver.py with each accepted solution (3 times
each, since threads are involved).
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 777


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference(amounts, workers, balance, mode="free", delays=None):
    if workers < 1:
        return {"error": "ValueError"}
    sync = mode == "sync"
    return {
        "results": list(amounts),
        "balance": balance + sum(amounts),
        "peak_jobs": min(workers, len(amounts)) if sync else None,
        "jobs_within_limit": True,
        "threads_within_limit": True,
        "threads_left": 0,
        "ledger_in_step": True if sync else None,
        "each_job_once": True,
    }


def case(name, amounts, workers, balance, mode="free", delays=None, note=None):
    kwargs = {"mode": mode}
    if delays is not None:
        assert len(delays) == len(amounts)
        kwargs["delays"] = delays
    if mode == "sync":
        parties = min(workers, len(amounts))
        assert parties >= 1 and len(amounts) % parties == 0
    c = {"name": name, "args": [amounts, workers, balance], "kwargs": kwargs,
         "expected": reference(amounts, workers, balance, mode, delays)}
    if note:
        c["note"] = note
    return c


SAMPLE = [
    case("three-jobs-two-workers", [5, 10, 20], 2, 100, delays=[20, 5, 1],
         note="job 0 finishes last, but its amount comes first in the results"),
    case("four-at-once", [1, 2, 3, 4, 5, 6, 7, 8], 4, 0, mode="sync",
         note="the jobs only finish when 4 of them run together"),
    case("no-workers", [1], 0, 0),
]


def hand_cases(rng):
    cs = []
    cs.append(case("no-jobs", [], 3, 42))
    cs.append(case("negative-workers", [1, 2], -2, 0))
    cs.append(case("one-job-one-worker", [7], 1, 0, mode="sync"))
    cs.append(case("one-worker-in-step", [3, 1, 4, 1, 5], 1, 10, mode="sync",
                   note="one worker: the ledger must be updated before each next job"))
    cs.append(case("more-workers-than-jobs", [10, 20, 30], 8, 0, mode="sync"))
    cs.append(case("more-workers-than-jobs-free", [1, 2, 3, 4], 10, 0, delays=[4, 3, 2, 1]))
    cs.append(case("two-workers-sync", list(range(1, 11)), 2, 1000, mode="sync"))
    cs.append(case("three-workers-negative", [5, -3, 8, -13, 21, -34, 55, -89, 144, -1, 2, -7], 3, 0,
                   mode="sync"))
    cs.append(case("eight-workers-sync", [rng.randint(-50, 50) for _ in range(32)], 8, 500, mode="sync"))
    cs.append(case("five-workers-big-amounts", [10 ** 12 + i for i in range(25)], 5, -10 ** 12, mode="sync"))
    cs.append(case("finish-in-reverse", [1, 2, 3, 4, 5, 6], 3, 0, delays=[30, 25, 20, 15, 10, 5],
                   note="later jobs finish first; results stay in job order"))
    cs.append(case("one-worker-free", list(range(20)), 1, 0, delays=[0] * 20))
    cs.append(case("many-quick-jobs", [rng.randint(1, 1000) for _ in range(48)], 7, 0,
                   delays=[rng.randint(0, 3) for _ in range(48)]))
    cs.append(case("uneven-jobs", [rng.randint(-100, 100) for _ in range(13)], 4, 7,
                   delays=[rng.choice([0, 1, 8, 15]) for _ in range(13)]))
    return cs


def write(name, cs):
    with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cs))
        f.write("\n]\n")


def main():
    rng = random.Random(SEED)
    groups = {"sample": SAMPLE, "hidden": hand_cases(rng)}
    driver = load(os.path.join(ROOT, "driver.py"), "driver")
    for path in sorted(glob.glob(os.path.join(ROOT, "solutions", "accepted", "*.py"))):
        solution = load(path, "solution")
        for _ in range(3):
            for cs in groups.values():
                for c in cs:
                    got = driver.run(solution, *c["args"], **c["kwargs"])
                    assert got == c["expected"], (os.path.basename(path), c["name"], got, c["expected"])
    for name, cs in groups.items():
        write(name, cs)


if __name__ == "__main__":
    main()
