#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
lru-cache.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from a reference model built on OrderedDict, and
every case (the large one included) is cross-checked against a
brute-force model that keeps the usage order in a plain list.
"""
import json
import os
import random
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20250917
VALUE_ERROR = {"$raises": "ValueError"}


class Reference:
    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError(capacity)
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if self.capacity == 0:
            return None
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        return None

    def __len__(self):
        return len(self.data)


class Brute:
    """Usage order in a list, oldest first: obviously right, O(capacity)."""

    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError(capacity)
        self.capacity = capacity
        self.keys = []
        self.values = []

    def get(self, key, default=None):
        if key not in self.keys:
            return default
        i = self.keys.index(key)
        self.keys.append(self.keys.pop(i))
        self.values.append(self.values.pop(i))
        return self.values[-1]

    def put(self, key, value):
        if key in self.keys:
            i = self.keys.index(key)
            del self.keys[i], self.values[i]
        elif len(self.keys) == self.capacity:
            if self.capacity == 0:
                return None
            del self.keys[0], self.values[0]
        self.keys.append(key)
        self.values.append(value)
        return None

    def __len__(self):
        return len(self.keys)


def run_model(cls, capacity, calls):
    try:
        obj = cls(capacity)
    except ValueError:
        return [VALUE_ERROR]
    return [None] + [getattr(obj, call[0])(*call[1:]) for call in calls]


def case(name, capacity, calls, note=None):
    expected = run_model(Reference, capacity, calls)
    assert expected == run_model(Brute, capacity, calls), name
    c = {"name": name, "ops": [["LRUCache", capacity]] + [list(c) for c in calls],
         "expected": expected}
    if note:
        c["note"] = note
    return c


def G(k, *default):
    return ["get", k, *default]


def P(k, v):
    return ["put", k, v]


LEN = ["__len__"]


# ---------------------------------------------------------------------------
# sample: the statement's examples

def sample_cases():
    ex1 = case("example-1", 2, [P("a", 1), P("b", 2), G("a"), P("c", 3), G("b"), LEN,
                                P("a", 10), P("d", 4), G("c", -1), G("a"), G("d")])
    assert ex1["expected"] == [None, None, None, 1, None, None, 2, None, None,
                               -1, 10, 4]
    ex2 = case("example-2", 0, [P(1, "one"), LEN, G(1), G(1, "no")])
    assert ex2["expected"] == [None, None, 0, None, "no"]
    ex3 = case("example-3", -1, [])
    assert ex3["expected"] == [VALUE_ERROR]
    return [ex1, ex2, ex3]


# ---------------------------------------------------------------------------
# hidden

def random_calls(rng, n, keys, values, p_get=0.45, p_len=0.1):
    calls = []
    for _ in range(n):
        r = rng.random()
        if r < p_get:
            k = rng.choice(keys)
            calls.append(G(k, "miss") if rng.random() < 0.5 else G(k))
        elif r < p_get + p_len:
            calls.append(LEN)
        else:
            calls.append(P(rng.choice(keys), rng.choice(values)))
    return calls


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("negative-capacity", -7, []),
        case("capacity-zero-many-ops",
             0, [LEN, G("a"), P("a", 1), P("a", 2), G("a"), G("a", 0), P(5, None), LEN, G(5, -1),
                 LEN],
             note="a capacity-0 cache never stores anything"),
        case("capacity-one",
             1, [P("a", 1), LEN, G("a"), P("b", 2), LEN, G("a"), G("b"), P("b", 3), G("b"),
                 LEN, P("a", 4), G("b"), G("a"), LEN]),
        case("fill-to-capacity-no-eviction",
             3, [P("x", 1), P("y", 2), P("z", 3), LEN, G("x"), G("y"), G("z"), LEN],
             note="exactly capacity entries fit; nothing is evicted yet"),
        case("get-refreshes-recency",
             2, [P("a", 1), P("b", 2), G("a"), P("c", 3), G("b"), G("a"), G("c"), LEN],
             note="get('a') makes 'b' the least recently used, so 'b' is evicted"),
        case("get-refreshes-recency-twice",
             3, [P(1, 1), P(2, 2), P(3, 3), G(1), G(2), P(4, 4), G(3), G(1), G(2), G(4),
                 P(5, 5), G(1), G(2), G(4), G(5)]),
        case("put-update-refreshes-recency",
             2, [P("a", 1), P("b", 2), P("a", 11), P("c", 3), G("b"), G("a"), G("c")],
             note="putting 'a' again uses it, so 'b' is the one evicted"),
        case("put-update-when-full-does-not-evict",
             2, [P("a", 1), P("b", 2), P("b", 20), LEN, G("a"), G("b"), P("a", 10), LEN,
                 G("b"), G("a")],
             note="replacing a value in a full cache must not evict anything"),
        case("repeated-updates-same-key",
             2, [P("k", i) for i in range(6)] + [LEN, G("k"), P("m", 0), LEN, G("k"), G("m")]),
        case("failed-get-changes-nothing",
             2, [P("a", 1), P("b", 2), G("zzz"), G("a"), G("missing", "d"), P("c", 3), LEN,
                 G("b"), G("a"), G("c")]),
        case("default-argument",
             2, [G("a", 0), G("a", "absent"), G("a", -1), G("a", [1, 2]), P("a", 5),
                 G("a", 0), G("b", 0), P("b", 6), P("c", 7), G("a", "gone"), G("b", "gone"),
                 G("c", "gone")],
             note="a miss returns the default given, else None"),
        case("evicted-key-comes-back",
             2, [P("a", 1), P("b", 2), P("c", 3), G("a"), P("a", 100), G("b"), G("c"),
                 G("a"), LEN]),
        case("eviction-order-many",
             3, [P(i, i * i) for i in range(10)] + [G(i) for i in range(10)] + [LEN]),
        case("none-and-falsy-values",
             3, [P("n", None), G("n", "miss"), P("z", 0), P("e", ""), G("z", "miss"),
                 G("e", "miss"), G("n", "miss"), P("f", False), G("n", "miss"),
                 G("z", "miss"), G("f", "miss"), LEN],
             note="None, 0, '' and False are ordinary values: getting them is a hit"),
        case("cached-none-is-used",
             2, [P("n", None), P("x", 1), G("n", "miss"), P("y", 2), G("x", "miss"),
                 G("n", "miss"), G("y", "miss")],
             note="get('n') finds None and uses 'n', so 'x' is evicted"),
        case("minus-one-is-a-value",
             2, [P(7, -1), G(7), G(8), P(8, -1), G(8), G(7)]),
        case("int-and-str-keys-differ",
             2, [P(1, "int"), P("1", "str"), G(1), G("1"), LEN, P(2, "two"), G("1"), G(1),
                 G(2)]),
        case("negative-and-big-int-keys",
             2, [P(-1, "m"), P(10**18, "big"), G(-1), P(0, "zero"), G(10**18), G(-1), G(0)]),
        case("unicode-keys",
             2, [P("café", 1), P("cafe", 2), P("日本", 3), G("café"), G("cafe"), G("日本"),
                 LEN]),
        case("capacity-larger-than-use",
             100, [P(i, str(i)) for i in range(30)] + [LEN] + [G(i) for i in range(0, 30, 7)]),
    ]
    key_sets = [list(range(3)), list(range(5)), ["a", "b", "c", "d", "e", "f"],
                list(range(8)), [0, 1, "0", "1", -1], list(range(12))]
    caps = [1, 2, 3, 4, 3, 5]
    for i, (keys, cap) in enumerate(zip(key_sets, caps), 1):
        cases.append(case("random-small-%d" % i, cap,
                          random_calls(rng, 200, keys, [None, 0, -1, 1, 2, "x", "y"])))
    for i, cap in enumerate([10, 50, 100], 1):
        cases.append(case("random-medium-%d" % i, cap,
                          random_calls(rng, 1000, list(range(cap * 2)), list(range(1000)),
                                       p_get=0.5, p_len=0.05)))
    return cases


# ---------------------------------------------------------------------------
# large: separates O(1) operations from O(capacity) ones

CAPACITY = 18000   # filled by CAPACITY puts
MIXED = 24000      # then mostly gets of recently used keys, and evicting puts
HOT = 64           # the gets go to the HOT most recently added keys


def large_case(rng):
    """A full cache of 18000 keys, then 24000 ops on the newest keys.

    The keys used are always near the most recent end of the usage order, so
    a list-based order (list.remove / list.index scan from the oldest end)
    walks the whole list on every get: about 3.5 * 10^8 comparisons. Every
    put of a new key evicts, so scanning the entries for the oldest one is
    O(capacity) per put too.
    """
    calls = [P(k, k % 10) for k in range(CAPACITY)]
    recent = list(range(CAPACITY - HOT, CAPACITY))
    fresh = CAPACITY
    for i in range(MIXED):
        r = rng.random()
        if r < 0.80:
            calls.append(G(rng.choice(recent)))
        elif r < 0.815:
            calls.append(P(rng.choice(recent), rng.randrange(10)))
        elif r < 0.82:
            calls.append(G(rng.randrange(fresh - CAPACITY), -1))   # long evicted
        elif r < 0.825:
            calls.append(LEN)
        else:
            calls.append(P(fresh, rng.randrange(10)))
            recent.append(fresh)
            recent.pop(0)
            fresh += 1
    return case("large-hot-keys", CAPACITY, calls,
                note="capacity 18000 filled, then 24000 ops on the newest keys; "
                     "O(capacity) per op is far too slow")


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":"), ensure_ascii=False)
                           for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
    write("large.json", [large_case(rng)])
