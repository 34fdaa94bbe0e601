#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for retry-decorator.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected reports come from `reference`, a plain simulation of the retry
rules (no decorators); the exception classes and their hierarchy are the
driver's. Every case is cross-checked by running driver.py with each
accepted solution.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 4417


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DRIVER = load(os.path.join(ROOT, "driver.py"), "driver")
CLASSES = DRIVER.EXCEPTIONS


def reference(config, fn, outcomes, calls):
    attempts = config["attempts"]
    if attempts < 1:
        return {"error": "ValueError"}
    delay = config.get("delay", 0.1)
    backoff = config.get("backoff", 2.0)
    retryable = tuple(CLASSES[n] for n in config.get("exceptions", ["Exception"]))
    report = {"name": fn["name"], "doc": fn.get("doc"), "wrapped": True, "calls": []}
    run = 0
    for args, kwargs in calls:
        wait, sleeps, entry = delay, [], {}
        for attempt in range(1, attempts + 1):
            run += 1
            outcome = outcomes[run - 1] if run <= len(outcomes) else "ok"
            if outcome == "ok":
                entry["returned"] = {"args": args, "kwargs": kwargs, "attempt": run}
                break
            if not issubclass(CLASSES[outcome], retryable) or attempt == attempts:
                entry["raised"] = outcome
                entry["original"] = True
                break
            sleeps.append(round(float(wait), 9))
            wait *= backoff
        entry["attempts"] = attempt
        entry["sleeps"] = sleeps
        report["calls"].append(entry)
    return report


FETCH = {"name": "fetch_user", "doc": "Fetch one user record from the API."}


def case(name, config, outcomes, calls=None, fn=FETCH, note=None):
    if calls is None:
        calls = [[["u42"], {}]]
    c = {"name": name, "args": [config, fn, outcomes, calls],
         "expected": reference(config, fn, outcomes, calls)}
    if note:
        c["note"] = note
    return c


SAMPLE = [
    case("flaky-twice-then-ok", {"attempts": 4, "delay": 0.5, "backoff": 2, "exceptions": ["ConnectionError"]},
         ["ConnectionError", "ConnectionError", "ok"]),
    case("gives-up", {"attempts": 3, "delay": 1, "backoff": 3, "exceptions": ["TimeoutError"]},
         ["TimeoutError", "TimeoutError", "TimeoutError"],
         note="no sleep after the last failure; the last TimeoutError itself is re-raised"),
    case("not-listed-propagates", {"attempts": 5, "delay": 1, "exceptions": ["ConnectionError"]},
         ["KeyError"]),
]


def hand_cases():
    cs = []
    cs.append(case("first-try", {"attempts": 3, "delay": 1}, ["ok"]))
    cs.append(case("one-attempt-fails", {"attempts": 1, "delay": 1, "exceptions": ["TransientError"]},
                   ["TransientError"]))
    cs.append(case("one-attempt-ok", {"attempts": 1}, []))
    cs.append(case("zero-attempts", {"attempts": 0}, []))
    cs.append(case("negative-attempts", {"attempts": -3, "delay": 1}, []))
    cs.append(case("defaults", {"attempts": 4}, ["ValueError", "TransientError", "KeyError", "ok"],
                   note="delay 0.1, backoff 2.0, any Exception"))
    cs.append(case("defaults-give-up", {"attempts": 3}, ["RuntimeError"] * 5))
    cs.append(case("default-skips-base-exception", {"attempts": 3}, ["Cancelled", "ok"],
                   note="Cancelled is a BaseException, not an Exception"))
    cs.append(case("listed-base-exception", {"attempts": 3, "delay": 0.25, "exceptions": ["BaseException"]},
                   ["Cancelled", "ok"]))
    cs.append(case("subclass-is-retried", {"attempts": 4, "delay": 1, "exceptions": ["LookupError"]},
                   ["KeyError", "IndexError", "ok"]))
    cs.append(case("oserror-family", {"attempts": 5, "delay": 0.5, "backoff": 1.5, "exceptions": ["OSError"]},
                   ["ConnectionResetError", "TimeoutError", "ConnectionError", "OSError", "OSError"]))
    cs.append(case("several-listed", {"attempts": 6, "delay": 2, "backoff": 0.5,
                                      "exceptions": ["TimeoutError", "TransientError"]},
                   ["TimeoutError", "TransientError", "TimeoutError", "ok"]))
    cs.append(case("unlisted-after-retries", {"attempts": 5, "delay": 1, "exceptions": ["ConnectionError"]},
                   ["ConnectionError", "ConnectionError", "ZeroDivisionError", "ok"]))
    cs.append(case("parent-not-retried-for-child-list", {"attempts": 4, "delay": 1, "exceptions": ["ConnectionError"]},
                   ["OSError", "ok"], note="listing a subclass does not retry its parent"))
    cs.append(case("constant-delay", {"attempts": 4, "delay": 0.25, "backoff": 1}, ["ValueError"] * 3))
    cs.append(case("zero-delay-still-sleeps", {"attempts": 3, "delay": 0, "backoff": 5}, ["ValueError"] * 2,
                   note="sleep(0) is still called before each retry"))
    cs.append(case("shrinking-delay", {"attempts": 5, "delay": 8, "backoff": 0.5}, ["TransientError"] * 5))
    cs.append(case("many-attempts", {"attempts": 30, "delay": 0.125, "backoff": 1.5,
                                     "exceptions": ["TransientError"]},
                   ["TransientError"] * 29 + ["ok"]))
    cs.append(case("args-and-kwargs-pass-through", {"attempts": 2, "delay": 1}, ["ValueError", "ok"],
                   calls=[[[1, "two", [3, 4]], {"flag": True, "limit": None, "tags": ["a", "é"]}]]))
    cs.append(case("kwargs-only", {"attempts": 2}, [], calls=[[[], {"user_id": 7}]]))
    cs.append(case("fresh-budget-every-call", {"attempts": 3, "delay": 1, "backoff": 2,
                                               "exceptions": ["TransientError"]},
                   ["TransientError", "TransientError", "ok", "TransientError", "ok", "ok"],
                   calls=[[["a"], {}], [["b"], {}], [["c"], {}]],
                   note="each call gets all 3 attempts and starts again at delay 1"))
    cs.append(case("give-up-then-succeed", {"attempts": 2, "delay": 0.5, "exceptions": ["TransientError"]},
                   ["TransientError", "TransientError", "TransientError", "ok"],
                   calls=[[["x"], {}], [["y"], {}]]))
    cs.append(case("name-and-doc", {"attempts": 2}, [],
                   fn={"name": "charge_card", "doc": "Charge a card.\n\n    Idempotent, so safe to retry.\n    "}))
    cs.append(case("no-docstring", {"attempts": 2}, [], fn={"name": "ping", "doc": None}))
    cs.append(case("unicode-name", {"attempts": 2}, ["ValueError"], fn={"name": "récupérer", "doc": "Ω"}))
    return cs


NAMES = ["TransientError", "ConnectionError", "TimeoutError", "ValueError", "KeyError", "ok"]


def random_cases(rng):
    cs = []
    lists = [["TransientError"], ["ConnectionError", "TimeoutError"], ["OSError"], ["Exception"], ["LookupError"]]
    for i in range(10):
        attempts = rng.randint(1, 6)
        config = {"attempts": attempts, "delay": rng.choice([0.125, 0.5, 1, 2]),
                  "backoff": rng.choice([1, 1.5, 2, 0.5]), "exceptions": rng.choice(lists)}
        outcomes = [rng.choice(NAMES) for _ in range(rng.randint(0, 12))]
        calls = [[[rng.randint(0, 99)], {}] for _ in range(rng.randint(1, 4))]
        cs.append(case(f"random-{i}", config, outcomes, calls=calls))
    return cs


def decode_check(solution, c):
    got = DRIVER.run(solution, *json.loads(json.dumps(c["args"])))
    assert got == c["expected"], (c["name"], got, c["expected"])


def write(name, cs):
    with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cs))
        f.write("\n]\n")


def main():
    rng = random.Random(SEED)
    groups = {"sample": SAMPLE, "hidden": hand_cases() + random_cases(rng)}
    for path in sorted(glob.glob(os.path.join(ROOT, "solutions", "accepted", "*.py"))):
        solution = load(path, "solution")
        for cs in groups.values():
            for c in cs:
                decode_check(solution, c)
    for name, cs in groups.items():
        write(name, cs)


if __name__ == "__main__":
    main()
