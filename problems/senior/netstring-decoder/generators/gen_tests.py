#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for netstring-decoder.

Each case is [chunks, max_len] for driver.py. Expected results come from
running it through the driver with the reference solution
(solutions/accepted/buffer_and_offset.py) and must agree with the other
accepted solution; the samples are also checked against results written
out by hand. Deterministic, stdlib only:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import sized  # noqa: E402

VE = {"raised": "ValueError"}


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = [
    ("split-across-chunks", [[b"5:hel", b"lo,0:,2:", b"hi,", b""], 100],
     [[], [], [b"hello", b""], [b"hi"], {"returned": 3}]),
    ("errors-as-soon-as-possible", [[b"3:abc,", b"4:ab", b"cd;", b""], 100],
     [[], [b"abc"], [], VE]),
]


def bytewise(stream):
    return [stream[i:i + 1] for i in range(len(stream))] + [b""]


def random_splits(stream, rng):
    cuts = sorted(rng.sample(range(1, len(stream)), min(len(stream) - 1, 40)))
    parts = [stream[a:b] for a, b in zip([0] + cuts, cuts + [len(stream)])]
    return parts + [b""]


def hidden():
    rng = random.Random(15)
    mixed = sized.encode([b"x" * k for k in (0, 1, 9, 10, 11, 99, 100)])
    binary = sized.encode([bytes(range(256)), b",,::", b"\x00\n\r", b"12:34,"])
    return [
        ("byte-at-a-time", [bytewise(sized.encode([b"hello", b"", b"world!"])), 100],
         "every frame, length digit and comma arrives alone"),
        ("many-frames-one-chunk", [[sized.encode([b"a", b"bb", b"", b"ccc"] * 5), b""], 10],
         "all the frames a chunk completes come back from that send"),
        ("frames-kept-by-the-caller", [[b"1:a,1:b,", b"1:c,", b"1:d,2:ef,", b""], 10],
         "each send must yield a new list: the caller keeps them"),
        ("random-splits", [random_splits(mixed, rng), 100]),
        ("lengths-at-the-limit", [[mixed, b""], 100]),
        ("binary-payloads", [random_splits(binary, rng), 256],
         "payloads may hold any byte, colons and commas included"),
        ("empty-stream", [[b""], 5]),
        ("zero-max-len", [[b"0:,0:,", b"0:", b",", b""], 0]),
        ("end-inside-length", [[b"1:a,12", b""], 100]),
        ("end-inside-payload", [[b"5:abc", b""], 100]),
        ("end-before-comma", [[b"3:abc", b""], 100]),
        ("length-over-max-at-once", [[b"2:ab,", b"101", b":" + b"x" * 101 + b",", b""], 100],
         "101 > 100 is known from the digits alone: no need to wait for the payload"),
        ("length-over-max-while-growing", [[b"1", b"0", b"0", b"0", b"0", b""], 999],
         "the length keeps growing without a colon"),
        ("garbage-before-colon", [[b"2:ok,", b"12x", b":", b""], 100]),
        ("garbage-first", [[b"hello", b""], 100]),
        ("leading-zero", [[b"1:a,", b"05:hello,", b""], 100]),
        ("lone-zero-is-fine", [[b"0:,", b"0", b":,", b""], 100]),
        ("wrong-byte-for-comma", [[b"3:abc,3:abcX1:a,", b""], 100],
         "skipping the byte after a payload unchecked would decode b'a' next"),
        ("semicolon-for-comma", [[b"2:ab;1:x,", b""], 100]),
        ("error-after-frames-in-chunk", [[b"1:a,", b"1:b,1:c,1:dd,", b""], 100],
         "frames before the error in the same chunk are lost with the exception"),
        ("big-payload-in-pieces", [[b"5000:"] + [b"y" * 100] * 50 + [b",", b""], 5000]),
        ("large-one-chunk", [[sized.encode(sized.frames(20000, rng)), b""], 100],
         "20,000 frames in one chunk"),
        ("large-many-chunks", sized.make(30000, 3),
         "30,000 frames in 3,000 chunks: decoding everything again on each send is too slow"),
    ]


def main():
    driver = load("driver.py", "driver")
    reference = load("solutions/accepted/buffer_and_offset.py", "ref")
    other = load("solutions/accepted/state_machine.py", "other")
    sample = []
    for name, args, want in SAMPLE:
        got = driver.run(reference, *args)
        assert got == want, (name, got, want)
        assert driver.run(other, *args) == want, name
        sample.append({"name": name, "args": encode(args), "expected": encode(got)})
    cases = []
    for name, args, *note in hidden():
        got = driver.run(reference, *args)
        assert driver.run(other, *args) == got, (name, got, driver.run(other, *args))
        case = {"name": name, "args": encode(args), "expected": encode(got)}
        if note:
            case["note"] = note[0]
        cases.append(case)
    for fname, out in (("sample.json", sample), ("hidden.json", cases)):
        path = os.path.join(PROBLEM, "tests", fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("[\n" + ",\n".join(json.dumps(c) for c in out) + "\n]\n")
        print("%s: %d cases" % (os.path.relpath(path), len(out)))


def encode(value):
    if isinstance(value, bytes):
        return {"$bytes": value.decode("latin-1")}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


if __name__ == "__main__":
    main()
