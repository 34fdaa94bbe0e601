#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for request-context.

Each case is a program for driver.py. Expected results come from running
it through the driver with the reference solution
(solutions/accepted/contextvar_and_token.py) and must agree with the
other accepted solution; the samples are also checked against results
written out by hand. Deterministic, stdlib only:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
GET, SLEEP, MUTATE = ["get"], ["sleep"], ["mutate"]


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bind(fields, *body):
    return ["bind", fields, list(body)]


def fail(fields, *body):
    return ["fail", fields, list(body)]


def spawn(name, *body):
    return ["spawn", name, list(body)]


def join(*names):
    return [["join", n] for n in names]


def thread(*body):
    return ["thread", list(body)]


SAMPLE = [
    ("nested-and-restored", [
        GET, bind({"request": 7}, GET, bind({"user": "ann", "request": 8}, GET), GET), GET],
     [["main", {}], ["main", {"request": 7}], ["main", {"request": 8, "user": "ann"}],
      ["main", {"request": 7}], ["main", {}]]),
    ("two-requests-at-once", [
        spawn("a", bind({"user": "ann"}, SLEEP, GET)),
        spawn("b", bind({"user": "bob"}, SLEEP, GET)),
        *join("a", "b"), GET],
     [["a", {"user": "ann"}], ["b", {"user": "bob"}], ["main", {}]]),
]


def worker(name, user, rounds):
    body = [GET]
    for i in range(rounds):
        body = [bind({"user": user, "step": i}, SLEEP, *body, SLEEP, GET)]
    return spawn(name, *body, GET)


HIDDEN = [
    ("exception-restores", [
        bind({"request": 1}, fail({"user": "ann"}, GET), GET), GET,
        fail({"a": 1}, fail({"b": 2}, GET), GET), GET],
     "a with block left by an exception must restore the fields too"),
    ("inner-override-restores-outer", [
        bind({"user": "ann"}, bind({"user": "bob"}, GET), GET,
             bind({"user": "ann"}, GET), GET), GET]),
    ("empty-bind", [bind({}, GET), bind({"x": 1}, bind({}, GET), GET), GET]),
    ("child-sees-parent-at-creation", [
        bind({"request": 1}, spawn("child", GET, SLEEP, GET), bind({"user": "late"}, SLEEP, GET),
             *join("child")), GET],
     "a task copies its parent's context when it is created, not later"),
    ("child-changes-stay-in-child", [
        bind({"request": 1},
             spawn("child", bind({"user": "kid"}, GET), GET, bind({"request": 2}, SLEEP, GET)),
             SLEEP, GET, *join("child"), GET), GET]),
    ("interleaved-workers", [
        bind({"service": "api"}, worker("w1", "ann", 3), worker("w2", "bob", 3), worker("w3", "cy", 2),
             *join("w1", "w2", "w3"), GET), GET],
     "three tasks bind, sleep in the middle of their blocks and leave them in turn"),
    ("exits-out-of-order-across-tasks", [
        spawn("a", bind({"a": 1}, SLEEP, SLEEP, GET), GET),
        spawn("b", bind({"b": 2}, SLEEP, GET), GET),
        SLEEP, SLEEP, SLEEP, GET, *join("a", "b"), GET]),
    ("grandchild", [
        bind({"r": 1}, spawn("child", bind({"c": 2}, spawn("grandchild", SLEEP, GET,
                                                           bind({"g": 3}, GET)),
                                            SLEEP, GET, *join("grandchild"), GET)),
             *join("child"), GET)]),
    ("fail-in-tasks", [
        spawn("a", fail({"user": "ann"}, SLEEP, GET), GET),
        spawn("b", bind({"user": "bob"}, SLEEP, GET, SLEEP, GET)),
        *join("a", "b"), GET]),
    ("mutating-current-changes-nothing", [
        MUTATE, GET, bind({"x": 1}, MUTATE, GET), GET],
     "current() returns a new dict each time"),
    ("new-thread-starts-empty", [
        bind({"request": 1}, thread(GET, bind({"t": 1}, GET), GET), GET), GET]),
    ("values-of-any-type", [
        bind({"n": 1, "f": 1.5, "none": None, "list": [1, 2], "s": "ü"}, GET,
             bind({"none": 0}, GET), GET)]),
]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/contextvar_and_token.py", "ref")
    other = load("solutions/accepted/class_with_tokens.py", "other")
    sample = []
    for name, program, want in SAMPLE:
        got = driver.run(reference, program)
        assert got == want, (name, got, want)
        assert driver.run(other, program) == want, name
        sample.append({"name": name, "args": [program], "expected": got})
    cases = []
    for name, program, *note in HIDDEN:
        got = driver.run(reference, program)
        assert driver.run(other, program) == got, (name, got, driver.run(other, program))
        case = {"name": name, "args": [program], "expected": got}
        if note:
            case["note"] = note[0]
        cases.append(case)
    for fname, out in (("sample.json", sample), ("hidden.json", cases)):
        path = os.path.join(PROBLEM, "tests", fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in out) + "\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(out)))


if __name__ == "__main__":
    main()
