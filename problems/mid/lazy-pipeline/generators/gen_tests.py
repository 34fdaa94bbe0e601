#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
lazy-pipeline. (tests/memory.json, one case run on a feed the driver makes,
is written by hand.)

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected reports come from `reference` below, which works out the batches
and the read counts by arithmetic on line positions (no generators). Every
case is cross-checked by running driver.py with each accepted solution.
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 20240917


def parse(line):
    """(kind, value) for one raw line: skip, record or bad."""
    s = line.strip()
    if not s or s.startswith("#"):
        return "skip", None
    if "=" not in s:
        return "bad", None
    name, value = s.split("=", 1)
    try:
        return "record", (name.strip(), int(value))
    except ValueError:
        return "bad", None


def reference(lines, size, take=None, endless=False):
    if size < 1:
        return {"error": "ValueError"}
    records = []  # (1-based position of the line, record)
    first_bad = None
    for i, line in enumerate(lines, 1):
        kind, rec = parse(line)
        if kind == "record":
            records.append((i, rec))
        elif kind == "bad" and first_bad is None:
            first_bad = i
    if endless:
        # the feed holds a full batch more than is asked for, so that a
        # solution that reads ahead reads too much rather than forever
        assert take is not None and len(records) >= (take + 1) * size, "endless case too short"
    report = {"is_iterator": True, "read_at_call": 0, "batches": [],
              "read_after_batch": [], "error": None}
    j = 0
    while take is None or j < take:
        chunk = records[j * size:(j + 1) * size]
        if len(chunk) == size:
            read = chunk[-1][0]  # stop reading at the record that fills it
        else:
            read = len(lines)  # not enough records left: read to the end
        if first_bad is not None and first_bad <= read:
            report["error"] = "ValueError"
            break
        if chunk:
            report["batches"].append([rec for _, rec in chunk])
            report["read_after_batch"].append(read)
        if len(chunk) < size:
            break
        j += 1
    return report


def encode(value):
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


def case(name, lines, size, take=None, endless=False, note=None):
    kwargs = {}
    if take is not None:
        kwargs["take"] = take
    if endless:
        kwargs["endless"] = True
    c = {"name": name, "args": [lines, size]}
    if kwargs:
        c["kwargs"] = kwargs
    c["expected"] = encode(reference(lines, size, take, endless))
    if note:
        c["note"] = note
    return c


SAMPLE = [
    case("readings-in-pairs", ["a=1", "# calibration", "b=2", "", "c=3", "d=4", "e=5"], 2),
    case("endless-feed", ["temp = 21", "# sensor 2 offline", "temp=-3", "hum=40", "", "temp=22", "# tick", "hum=41", "temp=23"],
         2, take=2, endless=True,
         note="the second batch is full at line 6: nothing after it may be read"),
    case("zero-size", ["a=1"], 0),
]


def hand_cases():
    cs = []
    cs.append(case("empty-feed", [], 3))
    cs.append(case("only-comments-and-blanks", ["# one", "", "   ", "\t# two", "\n"], 2))
    cs.append(case("one-record", ["x=7"], 5))
    cs.append(case("size-one", ["a=1", "b=2", "# c", "d=3"], 1))
    cs.append(case("exact-multiple", ["a=1", "b=2", "c=3", "d=4", "e=5", "f=6"], 3,
                   note="no empty batch at the end"))
    cs.append(case("exact-multiple-trailing-comments", ["a=1", "b=2", "c=3", "d=4", "# end", ""], 2))
    cs.append(case("short-last-batch", ["a=1", "b=2", "c=3", "d=4", "e=5"], 2))
    cs.append(case("size-larger-than-feed", ["a=1", "# x", "b=2"], 10))
    cs.append(case("newlines-and-spaces", ["  alpha = 10 \n", "\tbeta=\t-20\n", "gamma=+3\r\n", "\n", "delta= 0\n"], 2))
    cs.append(case("name-with-spaces", ["room 1 = 20", "room 2=21", "hall way =19"], 2))
    cs.append(case("unicode-names", ["température=21", "humidité=40", "日本=3", "# ☃", "Ωmega=-1"], 3))
    cs.append(case("indented-comment", ["a=1", "    # b=2", "c=3"], 5))
    cs.append(case("hash-inside-name", ["a#b=1", "c=2"], 2, note="only a leading # makes a comment"))
    cs.append(case("equals-in-value-is-bad", ["a=1", "b=2=3"], 5))
    cs.append(case("no-equals-is-bad", ["a=1", "b=2", "oops", "c=3"], 2))
    cs.append(case("not-an-int-is-bad", ["a=1", "b=2.5"], 2))
    cs.append(case("bad-line-after-full-batch", ["a=1", "b=2", "x"], 2,
                   note="the first batch is fine; the error comes when the feed is read further"))
    cs.append(case("negative-size", ["a=1"], -2))
    cs.append(case("many-batches-small", [f"k{i}={i * i}" for i in range(23)], 4))
    # endless feeds: there is always another record after what is needed,
    # so a solution that reads ahead reads too much (rather than forever)
    cs.append(case("endless-take-one-size-one", ["a=1", "# b", "b=2", "c=3"], 1, take=1, endless=True))
    cs.append(case("endless-comments-after-boundary",
                   ["a=1", "b=2", "c=3", "# x", "", "# y", "d=4", "e=5", "f=6", "# z", "g=7", "h=8", "i=9"],
                   3, take=2, endless=True))
    cs.append(case("endless-bad-line-not-reached",
                   ["a=1", "b=2", "c=3", "d=4", "# next one is broken", "not a record", "e=5", "f=6"],
                   2, take=2, endless=True,
                   note="a lazy reader never gets to the broken line"))
    cs.append(case("take-zero", ["a=1", "b=2"], 2, take=0))
    cs.append(case("finite-take-more-than-there-is", ["a=1", "b=2", "c=3"], 2, take=5))
    cs.append(case("finite-take-stops-early", ["a=1", "b=2", "c=3", "d=4", "e=5", "f=6", "g=7"], 2, take=2))
    return cs


def random_lines(rng, n, names):
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.15:
            out.append(rng.choice(["", "   ", "# note", "  # indented note", "#", "\n"]))
        else:
            name = rng.choice(names)
            value = rng.randint(-10 ** 6, 10 ** 6)
            out.append(rng.choice(["{}={}", "{} = {}", " {}={}\n", "{}=\t{} "]).format(name, value))
    return out


def random_cases(rng):
    names = ["temp", "hum", "pressure", "co2", "lux", "wind", "rain", "température"]
    cs = []
    for i in range(8):
        n = rng.randint(5, 60)
        size = rng.randint(1, 9)
        cs.append(case(f"random-finite-{i}", random_lines(rng, n, names), size))
    for i in range(1):
        size = rng.randint(1, 6)
        take = rng.randint(1, 5)
        lines = random_lines(rng, 1, names)
        while sum(parse(l)[0] == "record" for l in lines) < (take + 1) * size:
            lines += random_lines(rng, 1, names)
        lines += random_lines(rng, rng.randint(0, 10), names)
        cs.append(case(f"random-endless-{i}", lines, size, take=take, endless=True))
    return cs


def large_cases(rng):
    names = ["temp", "hum", "pressure", "co2", "lux"]
    cs = []
    lines = random_lines(rng, 5000, names)
    cs.append(case("large-finite", lines, 64))
    lines = random_lines(rng, 4000, names)
    records = sum(parse(l)[0] == "record" for l in lines)
    cs.append(case("large-endless", lines, 50, take=records // 50 - 1, endless=True,
                   note="reads most of 4000 lines, then the keepalives start"))
    return cs


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def decode(value):
    if isinstance(value, dict):
        if list(value) == ["$tuple"]:
            return tuple(decode(v) for v in value["$tuple"])
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def cross_check(groups):
    driver = load(os.path.join(ROOT, "driver.py"), "driver")
    for path in sorted(glob.glob(os.path.join(ROOT, "solutions", "accepted", "*.py"))):
        solution = load(path, "solution")
        for cs in groups.values():
            for c in cs:
                want = decode(c["expected"])
                got = driver.run(solution, *c["args"], **c.get("kwargs", {}))
                assert got == want, (os.path.basename(path), c["name"], got, want)


def write(name, cs):
    with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cs))
        f.write("\n]\n")


def main():
    rng = random.Random(SEED)
    groups = {
        "sample": SAMPLE,
        "hidden": hand_cases() + random_cases(rng),
        "large": large_cases(rng),
    }
    cross_check(groups)
    for name, cs in groups.items():
        write(name, cs)


if __name__ == "__main__":
    main()
