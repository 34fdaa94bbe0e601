#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for nested-settings.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected values come from copy.deepcopy and a walk down the path; each
case is cross-checked with an independent recursive copy.
"""
import copy
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20261208


def reference(settings, path, value):
    result = copy.deepcopy(settings)
    node = result
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return result


def by_rebuild(node, path, value):
    if not path:
        return value
    step = path[0]
    if isinstance(node, dict):
        out = {k: by_rebuild(v, [], v) if k != step else by_rebuild(v, path[1:], value)
               for k, v in node.items()}
        if step not in node:
            assert len(path) == 1
            out[step] = value
        return out
    return [by_rebuild(v, path[1:], value) if i == step else by_rebuild(v, [], v)
            for i, v in enumerate(node)]


def encode(v):
    if isinstance(v, tuple):
        return {"$tuple": [encode(x) for x in v]}
    if isinstance(v, list):
        return [encode(x) for x in v]
    if isinstance(v, dict):
        assert all(isinstance(k, str) and not k.startswith("$") for k in v)
        return {k: encode(x) for k, x in v.items()}
    return v


def case(name, settings, path, value, note=None):
    before = repr(settings)
    want = reference(settings, path, value)
    assert want == by_rebuild(settings, path, value) and repr(want) == repr(by_rebuild(settings, path, value)), name
    assert repr(settings) == before
    c = {"name": name, "args": [encode(settings), path, encode(value)], "expected": encode(want)}
    if note:
        c["note"] = note
    return c


EXAMPLE = {
    "theme": "dark",
    "window": {"size": (800, 600), "panels": ["files", "search"]},
    "recent": [{"path": "a.txt", "pinned": False}],
}


def sample_cases():
    return [
        case("example-panel", EXAMPLE, ["window", "panels", 1], "outline"),
        case("example-pinned", EXAMPLE, ["recent", 0, "pinned"], True),
        case("example-new-key", {"a": 1}, ["b"], [2]),
    ]


def random_tree(rng, budget, depth):
    """A dict of random settings with about `budget` containers."""
    def scalar():
        return rng.choice([rng.randint(-5, 99), "s%d" % rng.randint(0, 9), None, True, False,
                           rng.randint(0, 40) / 8, (rng.randint(0, 9), "t"), ()])

    def make(kind, left, d):
        node = {} if kind == "dict" else []
        width = rng.randint(1, 6)
        for i in range(width):
            if left[0] > 0 and d < depth and rng.random() < 0.6:
                left[0] -= 1
                child = make(rng.choice(["dict", "list"]), left, d + 1)
            else:
                child = scalar()
            if kind == "dict":
                node["k%d" % i] = child
            else:
                node.append(child)
        return node

    return make("dict", [budget], 1)


def random_path(rng, tree, new_key_ok=True):
    path, node = [], tree
    while True:
        keys = list(node.keys()) if isinstance(node, dict) else list(range(len(node)))
        step = rng.choice(keys)
        child = node[step]
        if isinstance(child, (dict, list)) and child and rng.random() < 0.8:
            path.append(step)
            node = child
            continue
        if isinstance(node, dict) and new_key_ok and rng.random() < 0.3:
            step = "new%d" % rng.randint(0, 99)
        path.append(step)
        return path


def hidden_cases(rng):
    deep = {"v": 0}
    for d in range(49):
        deep = {"down": deep, "level": d} if d % 2 else {"down": deep}
    deep_path = ["down"] * 49 + ["v"]
    lists = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]]
    cases = [
        case("top-level-key", {"a": 1, "b": {"c": [1, 2]}}, ["a"], 2,
             note="nothing nested changes, but the caller will edit b in the result"),
        case("top-level-new-key", {"x": [1]}, ["y"], "new"),
        case("replace-a-whole-branch", {"a": {"b": [1, 2]}, "c": [3]}, ["a"], {"z": 0}),
        case("list-at-the-top", {"l": [[1], [2], [3]]}, ["l", 2], 99),
        case("list-of-lists", {"m": lists}, ["m", 1, 0, 1], -6),
        case("only-scalars-and-tuples", {"size": (800, 600), "name": "x", "dpi": 1.5, "on": True},
             ["name"], "y", note="a JSON round trip turns the tuple into a list"),
        case("tuple-deep-inside", {"a": [{"t": (1, (2, "x"))}, {"t": ()}]}, ["a", 1, "t"], (3,)),
        case("set-to-none", {"a": {"b": 1}}, ["a", "b"], None),
        case("value-is-a-tuple", {"a": [0, 0]}, ["a", 0], (1, 2)),
        case("empty-containers", {"a": {}, "b": [], "c": [{}]}, ["c", 0, "new"], []),
        case("int-vs-float", {"n": 1, "f": 1.0, "z": [0, 0.0]}, ["z", 1], 2,
             note="types are kept as they are: 1.0 stays a float"),
        case("keys-that-look-alike", {"1": {"01": 1, "1": 2}, "a b": [" "]}, ["1", "01"], 3),
        case("unicode-keys", {"größe": {"🙂": "ok"}, "é": [1]}, ["größe", "🙂"], "ü"),
        case("fifty-deep", deep, deep_path, 1, note="nested 50 deep"),
    ]
    for i in range(1, 7):
        tree = random_tree(rng, rng.randint(5, 40), 6)
        cases.append(case("random-%d" % i, tree, random_path(rng, tree), rng.choice([0, "v", [1], (1,)])))
    tree = random_tree(rng, 10000, 12)
    cases.append(case("large", tree, random_path(rng, tree), {"new": [1, 2]},
                      note="about 5000 dicts and lists"))
    return cases


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
    write("hidden.json", hidden_cases(rng))
