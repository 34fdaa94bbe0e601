#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for io-vs-cpu.

The expected report of a case follows from its spec alone (results in
input order, or the first failure in input order; io concurrency
min(max_threads, #io); no problems), computed by `expected` below. Every
case is also run through driver.py with both accepted solutions, several
times, and must give exactly that report.

Deterministic, stdlib only. Run from anywhere (takes a few seconds):

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
TESTS = os.path.join(PROBLEM, "tests")
RUNS = 5


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def io(v):
    return ["io", v]


def io_fail(msg):
    return ["io-fail", msg]


def cpu(n):
    return ["cpu", n]


def cpu_fail(msg):
    return ["cpu-fail", msg]


def expected(spec, max_threads):
    results, raised = [], None
    for kind, arg in spec:
        if kind == "io":
            results.append(arg)
        elif kind == "cpu":
            results.append(sum(i * i for i in range(arg)))
        elif raised is None:
            raised = ["ConnectionError" if kind == "io-fail" else "ValueError", arg]
    n_io = sum(1 for kind, _ in spec if kind.startswith("io"))
    return {
        "results": None if raised else results,
        "raised": raised,
        "max_io_at_once": min(max_threads, n_io),
        "runs": [n_io, len(spec) - n_io],
        "problems": [],
    }


SAMPLE = [
    ("mixed", [io("a"), cpu(10), io("b"), cpu(100), io("c")], 2),
    ("io-only", [io(1), io(2), io(3), io(4)], 8),
    ("failures", [io_fail("timeout"), cpu_fail("bad input"), io("x")], 2),
]

HIDDEN = [
    ("no-tasks", [], 3),
    ("one-io", [io("only")], 1),
    ("one-cpu", [cpu(50)], 4),
    ("cpu-only", [cpu(10), cpu(20000), cpu(0), cpu(1), cpu(300)], 2),
    ("more-io-than-threads", [io(i) for i in range(7)], 3),
    ("one-thread", [io("a"), io("b"), cpu(5), io("c"), io("d")], 1),
    ("threads-to-spare", [io("x"), cpu(7), io("y"), io("z")], 10),
    ("cpu-before-io", [cpu(1000), cpu(2000), io("late-1"), io("late-2"), io("late-3")], 2),
    ("cpu-first-one-io-last", [cpu(3), cpu(4), cpu(5), io("end")], 5),
    ("interleaved", [t for i in range(6) for t in (io("io-%d" % i), cpu(100 * i))], 4),
    ("io-then-cpu", [io(i) for i in range(5)] + [cpu(10 * i) for i in range(5)], 3),
    ("many-cpu-few-threads", [cpu(i) for i in range(12)] + [io("a"), io("b"), io("c")], 2),
    ("wide", [io(i) for i in range(10)] + [cpu(5000)], 8),
    ("result-values", [io(None), io(0), io(""), io([1, [2]]), io({"k": "v"}), io(False), cpu(0)], 3),
    ("unicode-results", [io("ответ"), cpu(2), io("答え"), io("🙂")], 2),
    ("first-failure-is-cpu", [cpu_fail("first"), io_fail("second"), io("ok")], 2),
    ("first-failure-is-io", [io("ok"), io_fail("net down"), cpu(10), cpu_fail("boom"), io("ok2")], 2),
    ("first-failure-after-io", [cpu(5), io("a"), io("b"), io_fail("late failure")], 3),
    ("failed-cpu-does-not-stop-others", [cpu_fail("oops"), cpu(10), cpu(20), io("still runs"), cpu(30)], 1),
    ("all-fail", [io_fail("io-1"), cpu_fail("cpu-1"), io_fail("io-2"), cpu_fail("cpu-2")], 2),
    ("io-failures-only", [io("a"), io_fail("b"), io_fail("c"), io("d")], 4),
]


def main():
    driver = load("driver.py", "driver")
    solutions = [load("solutions/accepted/thread_pool.py", "a1"),
                 load("solutions/accepted/worker_threads.py", "a2")]
    sample_want = [
        {"results": ["a", 285, "b", 328350, "c"], "raised": None, "max_io_at_once": 2,
         "runs": [3, 2], "problems": []},
        {"results": [1, 2, 3, 4], "raised": None, "max_io_at_once": 4, "runs": [4, 0], "problems": []},
        {"results": None, "raised": ["ConnectionError", "timeout"], "max_io_at_once": 2,
         "runs": [2, 1], "problems": []},
    ]
    groups = {"sample.json": [], "hidden.json": []}
    for fname, cases in (("sample.json", SAMPLE), ("hidden.json", HIDDEN)):
        for idx, (name, spec, max_threads) in enumerate(cases):
            want = expected(spec, max_threads)
            if fname == "sample.json":
                assert want == sample_want[idx], (name, want)
            for module in solutions:
                for _ in range(RUNS):
                    got = driver.run(module, spec, max_threads)
                    assert got == want, (name, module.__name__, got, want)
            groups[fname].append({"name": name, "args": [spec, max_threads], "expected": want})
    for fname, cases in groups.items():
        path = os.path.join(TESTS, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
            f.write("\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(cases)))


if __name__ == "__main__":
    main()
