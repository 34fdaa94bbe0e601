#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for ttl-cache.

Expected results come from a brute-force model written straight from the
statement (Model below: a dict and linear scans). The large case is too
slow for it, so there the two accepted solutions (two different O(1) /
O(log n) designs) must agree instead; every other case is checked against
both of them as well.

Deterministic (fixed seed), stdlib only. Run from anywhere:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
TESTS = os.path.join(PROBLEM, "tests")
SEED = 20240917


class Model:
    """The statement, literally: O(n) per operation."""

    def __init__(self, capacity, ttl):
        self.capacity, self.ttl = capacity, ttl
        self.entries = {}   # key -> [value, expires_at, last_used]
        self.clock = 0      # counts uses, for "least recently used"

    def _live(self, now):
        return {k: e for k, e in self.entries.items() if now < e[1]}

    def _use(self, key):
        self.clock += 1
        self.entries[key][2] = self.clock

    def get(self, key, now):
        self.entries = self._live(now)
        if key not in self.entries:
            return None
        self._use(key)
        return self.entries[key][0]

    def put(self, key, value, now):
        self.entries = self._live(now)
        evicted = None
        if key not in self.entries and len(self.entries) == self.capacity:
            evicted = min(self.entries, key=lambda k: self.entries[k][2])
            del self.entries[evicted]
        self.entries[key] = [value, now + self.ttl, 0]
        self._use(key)
        return evicted

    def size(self, now):
        return len(self._live(now))


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def play(cls, capacity, ttl, calls):
    obj = cls(capacity, ttl)
    return [None] + [getattr(obj, c[0])(*c[1:]) for c in calls]


ACCEPTED = [load("solutions/accepted/two_ordered_dicts.py", "a1").TTLCache,
            load("solutions/accepted/dict_and_heap.py", "a2").TTLCache]


def case(name, capacity, ttl, calls, note=None, brute=True):
    times = [c[-1] for c in calls]
    assert times == sorted(times), name
    results = [play(cls, capacity, ttl, calls) for cls in ACCEPTED]
    if brute:
        results.append(play(Model, capacity, ttl, calls))
    assert all(r == results[0] for r in results), name
    c = {"name": name, "ops": [["TTLCache", capacity, ttl]] + [list(x) for x in calls],
         "expected": results[0]}
    if note:
        c["note"] = note
    return c


def P(key, value, now):
    return ["put", key, value, now]


def G(key, now):
    return ["get", key, now]


def S(now):
    return ["size", now]


def sample_cases():
    ex1 = case("lru-eviction", 2, 100, [
        P("a", 1, 0), P("b", 2, 1), G("a", 2), P("c", 3, 3), G("b", 4), G("a", 5), G("c", 6), S(7)])
    assert ex1["expected"] == [None, None, None, 1, "b", None, 1, 3, 2]
    ex2 = case("expiry", 3, 10, [
        P("x", "first", 0), G("x", 9), G("x", 10), P("y", "second", 12), P("y", "again", 15),
        G("y", 24), G("y", 25), S(25)])
    assert ex2["expected"] == [None, None, "first", None, None, None, "again", None, 0]
    ex3 = case("expired-entries-make-room", 2, 10, [
        P("a", 1, 0), P("b", 2, 5), G("a", 6), P("c", 3, 10), S(10), G("b", 11), G("c", 11)])
    assert ex3["expected"] == [None, None, None, 1, None, 2, 2, 3]
    return [ex1, ex2, ex3]


def random_calls(rng, n, keys, max_step, p_put=0.5, p_size=0.1, jump=None):
    now, calls = rng.randint(0, 5), []
    for _ in range(n):
        r = rng.random()
        now += rng.randint(0, max_step)
        if jump and rng.random() < jump[0]:
            now += jump[1]
        key = rng.choice(keys)
        if r < p_put:
            calls.append(P(key, rng.randint(-9, 99), now))
        elif r < 1 - p_size:
            calls.append(G(key, now))
        else:
            calls.append(S(now))
    return calls


def large_case(rng):
    """A full cache of 5000 and 22k operations, mostly puts of new keys
    (every one of them evicts or drops an expired entry), gets of recent
    keys and size() calls; two time jumps near the end expire big batches."""
    capacity, ttl = 5000, 12000
    calls, now, next_key, recent = [], 0, 0, []
    for _ in range(capacity):
        calls.append(P(next_key, next_key % 1000, now))
        recent.append(next_key)
        next_key += 1
        now += 1
    for i in range(17000):
        now += 1
        if i in (15000, 16500):
            # near the end (so that the cache stays full until then):
            # expire the older half, later everything
            now += ttl // 2 if i == 15000 else ttl
        r = rng.random()
        if r < 0.55:
            calls.append(P(next_key, next_key % 1000, now))
            recent.append(next_key)
            next_key += 1
        elif r < 0.65:
            calls.append(P(rng.choice(recent[-3000:]), -1, now))   # overwrite a recent key
        elif r < 0.95:
            calls.append(G(rng.choice(recent[-6000:]), now))       # hits, misses, expired
        else:
            calls.append(S(now))
    return case("large-full-cache", capacity, ttl, calls, brute=False,
                note="22k ops on a full cache of 5000: O(capacity) per operation is far too slow")


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("get-missing", 3, 10, [G("nope", 0), S(0), G(1, 1)]),
        case("expires-exactly-at-ttl", 5, 10, [
            P("k", "v", 100), G("k", 109), S(109), G("k", 110), S(110), G("k", 111)],
             note="live while now < put time + ttl"),
        case("ttl-one", 5, 1, [P("a", 1, 7), G("a", 7), S(7), G("a", 8), P("b", 2, 8), S(8), S(9)]),
        case("get-does-not-extend-ttl", 5, 10, [
            P("a", 1, 0), G("a", 5), G("a", 9), G("a", 10), P("b", 2, 20), G("b", 25), G("b", 29),
            G("b", 30)]),
        case("put-again-resets-ttl", 5, 10, [
            P("a", 1, 0), P("a", 2, 8), G("a", 10), G("a", 17), G("a", 18), S(18)]),
        case("put-again-same-time", 2, 10, [
            P("a", 1, 3), P("a", 2, 3), P("a", 3, 3), S(3), G("a", 12), G("a", 13)]),
        case("put-again-makes-most-recent", 2, 100, [
            P("a", 1, 0), P("b", 2, 1), P("a", 3, 2), P("c", 4, 3), G("a", 4), G("b", 4), G("c", 4)]),
        case("get-makes-most-recent", 3, 100, [
            P("a", 1, 0), P("b", 2, 1), P("c", 3, 2), G("a", 3), G("b", 4), P("d", 4, 5), P("e", 5, 6),
            G("a", 7), G("b", 7), G("c", 7), G("d", 7), G("e", 7)]),
        case("failed-get-changes-nothing", 2, 100, [
            P("a", 1, 0), P("b", 2, 1), G("zzz", 2), P("c", 3, 3), G("a", 4), G("b", 4)]),
        case("overwrite-when-full-evicts-nothing", 2, 100, [
            P("a", 1, 0), P("b", 2, 1), P("b", 20, 2), P("a", 10, 3), S(3), G("a", 4), G("b", 4)]),
        case("capacity-one", 1, 50, [
            P("a", 1, 0), P("b", 2, 1), G("a", 2), G("b", 2), P("b", 3, 3), P("c", 4, 4), G("b", 5),
            G("c", 5), S(5), S(54), S(55)]),
        case("expired-lru-vs-live", 2, 10, [
            P("a", 1, 0), P("b", 2, 5), G("a", 6), P("c", 3, 10), G("b", 11), G("c", 11), S(11)],
             note="a (most recently used) has expired at 10; b (least recently used) is live: no eviction"),
        case("expired-entries-do-not-count", 3, 10, [
            P("a", 1, 0), P("b", 2, 1), P("c", 3, 2), P("d", 4, 11), P("e", 5, 11), S(11), P("f", 6, 11),
            P("g", 7, 12)]),
        case("all-expired-then-refill", 2, 5, [
            P("a", 1, 0), P("b", 2, 0), S(4), S(5), P("c", 3, 100), P("d", 4, 100), P("e", 5, 101),
            G("c", 101), G("d", 101), G("e", 101)]),
        case("overwrite-expired-key-when-full", 1, 5, [
            P("a", 1, 0), P("a", 2, 5), G("a", 6), P("b", 3, 10), G("a", 10), G("b", 10)],
             note="an expired key put again is a new entry, and there is room for it"),
        case("falsy-values", 3, 10, [
            P("zero", 0, 0), P("empty", "", 0), P("neg", -1, 0), G("zero", 1), G("empty", 1), G("neg", 1),
            S(1)]),
        case("key-types", 4, 10, [
            P(1, "int", 0), P("1", "str", 0), P("ключ", "unicode", 0), P("🔑", "emoji", 0),
            G(1, 1), G("1", 1), G("ключ", 1), G("🔑", 1), P(2, "two", 2), G(1, 2)]),
        case("same-time-many-ops", 3, 1, [
            P("a", 1, 5), P("b", 2, 5), P("c", 3, 5), G("a", 5), P("d", 4, 5), G("b", 5), G("c", 5),
            S(5), S(6)]),
        case("huge-time-values", 2, 10**9, [
            P("a", 1, 10**12), G("a", 10**12 + 10**9 - 1), G("a", 10**12 + 10**9), S(10**13)]),
        case("evictions-report-keys", 3, 1000, [P(i, i * i, i) for i in range(10)] + [S(10)]),
    ]
    for i, (cap, ttl, keys, step) in enumerate([(2, 5, 4, 2), (3, 10, 6, 3), (4, 7, 8, 2),
                                                (1, 3, 3, 2), (5, 20, 10, 4), (8, 6, 12, 1)]):
        keys_list = list(range(keys))
        cases.append(case("random-small-%d" % (i + 1), cap, ttl,
                          random_calls(rng, 200, keys_list, step)))
    for i in range(3):
        keys_list = ["k%d" % j for j in range(150)]
        cases.append(case("random-medium-%d" % (i + 1), 50, 200,
                          random_calls(rng, 1000, keys_list, 1, p_put=0.6, p_size=0.05,
                                       jump=(0.005, 150))))
    cases.append(large_case(rng))
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.relpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
