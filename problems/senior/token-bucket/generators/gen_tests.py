#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for token-bucket.

Expected results come from Model below, the statement written out with
fractions.Fraction, and must agree with both accepted solutions (integer
thousandths of a token, and Fraction buckets).

Deterministic (fixed seed), stdlib only. Run from anywhere:

    python3 generators/gen_tests.py
"""
import importlib.util
import json
import os
import random
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.dirname(HERE)
TESTS = os.path.join(PROBLEM, "tests")
SEED = 771


class Model:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = Fraction(rate, 1000), capacity
        self.buckets = {}

    def _now(self, client, now):
        tokens, last = self.buckets[client]
        if now > last:
            tokens = min(Fraction(self.capacity), tokens + self.rate * (now - last))
            last = now
        return tokens, last

    def allow(self, client, now, cost=1):
        if client not in self.buckets:
            self.buckets[client] = (Fraction(self.capacity), now)
        tokens, last = self._now(client, now)
        ok = tokens >= cost
        self.buckets[client] = (tokens - cost if ok else tokens, last)
        return ok

    def available(self, client, now):
        if client not in self.buckets:
            return self.capacity
        tokens, _ = self._now(client, now)
        return tokens.numerator // tokens.denominator


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(PROBLEM, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ACCEPTED = [load("solutions/accepted/milli_tokens.py", "a1").RateLimiter,
            load("solutions/accepted/fractions_bucket.py", "a2").RateLimiter]


def play(cls, rate, capacity, calls):
    obj = cls(rate, capacity)
    return [None] + [getattr(obj, c[0])(*c[1:]) for c in calls]


def case(name, rate, capacity, calls, note=None):
    want = play(Model, rate, capacity, calls)
    for cls in ACCEPTED:
        assert play(cls, rate, capacity, calls) == want, (name, cls)
    c = {"name": name, "ops": [["RateLimiter", rate, capacity]] + [list(x) for x in calls],
         "expected": want}
    if note:
        c["note"] = note
    return c


def A(client, now, cost=None):
    return ["allow", client, now] if cost is None else ["allow", client, now, cost]


def V(client, now):
    return ["available", client, now]


def sample_cases():
    ex1 = case("two-per-second", 2, 3, [
        A("alice", 0), A("alice", 0), A("alice", 0), A("alice", 0), A("alice", 499), A("alice", 500),
        A("bob", 500), V("alice", 2000)])
    assert ex1["expected"] == [None, True, True, True, False, False, True, True, 3]
    ex2 = case("costs", 10, 10, [
        A("api", 0, 7), A("api", 0, 4), A("api", 0, 3), A("api", 100, 1), A("api", 5000, 11),
        V("api", 5000)])
    assert ex2["expected"] == [None, True, False, True, True, False, 10]
    ex3 = case("clock-goes-back", 1, 2, [
        A("c", 1000), A("c", 1000), A("c", 500), A("c", 1999), A("c", 2000)])
    assert ex3["expected"] == [None, True, True, False, False, True]
    return [ex1, ex2, ex3]


def polling(rate, capacity, cost, step, n):
    """Drain the bucket, then ask for `cost` tokens every `step` ms."""
    calls = [A("p", 0, capacity)]
    t = 0
    for _ in range(n):
        t += step
        calls.append(A("p", t, cost))
    return calls


def random_calls(rng, n, clients, max_step, max_cost, p_avail=0.15, back=0.0):
    now, calls = 0, []
    for _ in range(n):
        now += rng.randint(0, max_step)
        client = rng.choice(clients)
        t = now
        if back and rng.random() < back:
            t = max(0, now - rng.randint(1, 3 * max_step))   # a late, out-of-order request
        if rng.random() < p_avail and not back:
            calls.append(V(client, t))
        else:
            cost = rng.randint(1, max_cost) if rng.random() < 0.4 else None
            calls.append(A(client, t, cost))
    return calls


def large_case(rng):
    """4000 clients, 15k requests: the first 4000 introduce every client,
    then a hundred hot clients (often throttled) and many cold ones; the
    clock runs for about a minute in steps of a few milliseconds."""
    n_clients, hot = 4000, 100
    calls, now = [], 0
    for c in range(n_clients):
        now += rng.randint(0, 2)
        calls.append(A(c, now))
    for _ in range(11000):
        now += rng.randint(0, 10)
        c = rng.randrange(hot) if rng.random() < 0.7 else rng.randrange(n_clients)
        r = rng.random()
        if r < 0.1:
            calls.append(V(c, now))
        elif r < 0.3:
            calls.append(A(c, now, rng.randint(2, 3)))
        else:
            calls.append(A(c, now))
    return case("large-many-clients", 1, 3, calls,
                note="15k requests from 4000 clients: O(1) per request; no work per client or per millisecond")


def hidden_cases():
    rng = random.Random(SEED)
    cases = [
        case("new-client-starts-full", 1, 4, [V("x", 0), A("x", 0, 4), V("x", 0), A("x", 0)]),
        case("available-of-unknown-client", 5, 7, [V("ghost", 123), V("ghost", 0), A("real", 5), V("real", 5)]),
        case("available-changes-nothing", 1, 3, [
            A("a", 0, 3), V("a", 999), V("a", 1000), V("a", 1000), A("a", 1000), V("a", 1000), A("a", 1000)]),
        case("exact-refill-boundary", 2, 1, [
            A("a", 0), A("a", 499), A("a", 500), A("a", 999), A("a", 1000), A("a", 1001)]),
        case("slow-rate", 1, 1, [A("a", 0), A("a", 999), A("a", 1000), A("a", 1999), A("a", 2000)]),
        case("fast-rate", 1000, 5, [A("a", 0, 5), A("a", 0), A("a", 1), A("a", 1), A("a", 4, 3), A("a", 5, 2)]),
        case("fractional-rate-thirds", 3, 2, [
            A("a", 0, 2), A("a", 333), A("a", 334), A("a", 666), A("a", 667), A("a", 1000), V("a", 2000)],
             note="3 tokens per second: 1 token every 333.33 ms"),
        case("refill-capped-at-capacity", 10, 3, [
            A("a", 0, 3), A("a", 10000, 3), A("a", 10000), A("a", 10100), A("a", 10100), V("a", 99999)],
             note="a long idle time does not bank more than capacity"),
        case("cost-equal-to-tokens", 1, 5, [A("a", 0, 5), A("a", 3000, 3), A("a", 3000), A("a", 5000, 2)]),
        case("cost-more-than-tokens-denied", 1, 5, [
            A("a", 0, 4), A("a", 0, 2), A("a", 0, 2), A("a", 0, 1), A("a", 0, 1)]),
        case("denied-request-costs-nothing", 1, 3, [
            A("a", 0, 3), A("a", 500, 1), A("a", 500, 1), A("a", 999), A("a", 1000), A("a", 1000),
            A("a", 1500, 2), A("a", 2000), A("a", 2000)]),
        case("cost-above-capacity-never", 100, 3, [A("a", 0, 4), A("a", 10**6, 4), V("a", 10**6), A("a", 10**6, 3)]),
        case("many-calls-no-time", 1, 3, [A("a", 7) for _ in range(6)] + [V("a", 7)],
             note="the refill depends on time, not on the number of calls"),
        case("clients-are-separate", 1, 2, [
            A("a", 0), A("a", 0), A("a", 0), A("b", 0), A("b", 0), A("b", 0), A(7, 0), A("7", 0),
            A(7, 0), A(7, 0), A("7", 0), A("7", 0), V("a", 0), V(7, 0)]),
        case("client-first-seen-late", 1, 2, [
            A("a", 0), A("b", 5000), A("b", 5000), A("b", 5000), A("a", 5000), A("a", 5000), A("a", 5000)],
             note="b's bucket is created full at 5000; a has refilled to capacity by then"),
        case("clock-backwards-no-refill", 1, 2, [
            A("a", 5000, 2), A("a", 4000), A("a", 0), A("a", 5999), A("a", 6000), A("a", 6000)]),
        case("clock-backwards-then-forward", 1, 3, [
            A("a", 10000, 3), A("a", 2000), A("a", 9000), A("a", 10500), A("a", 11000), A("a", 11000)],
             note="the refill runs from the latest time seen (10000), not from the late requests"),
        case("clock-backwards-still-spends", 1, 3, [
            A("a", 1000), A("a", 500), A("a", 200, 2), A("a", 100), A("a", 1000)],
             note="a late request is served from the current tokens"),
        case("first-call-in-the-past", 1, 1, [A("a", 500), A("b", 100), A("b", 100), A("b", 1100)]),
        case("big-numbers", 10**6, 10**9, [
            A("a", 0, 10**9), A("a", 0), A("a", 1, 1000), A("a", 1), A("a", 10**6, 10**9),
            V("a", 10**12), A("a", 10**12, 10**9 - 1), V("a", 10**12)]),
        case("polling-every-ms", 6, 5, polling(6, 5, 3, 1, 600),
             note="exactly 3 tokens at 500, 1000, 1500 ms: floating point drifts off"),
        case("polling-every-ms-rate-3", 3, 5, polling(3, 5, 2, 1, 2100)),
        case("polling-every-3ms", 3, 5, polling(3, 5, 3, 3, 1100)),
        case("polling-every-ms-rate-9", 9, 5, polling(9, 5, 3, 1, 1100)),
    ]
    for i, (rate, cap, clients, step, cost) in enumerate([
            (1, 1, 2, 400, 1), (2, 3, 3, 200, 2), (3, 5, 4, 150, 3), (7, 2, 2, 90, 2),
            (10, 10, 5, 50, 4), (1000, 4, 3, 1, 3), (13, 6, 6, 40, 5)]):
        names = ["c%d" % j for j in range(clients)]
        cases.append(case("random-%d" % (i + 1), rate, cap, random_calls(rng, 300, names, step, cost)))
    for i, (rate, cap, step) in enumerate([(2, 3, 300), (5, 4, 100)]):
        cases.append(case("random-out-of-order-%d" % (i + 1), rate, cap,
                          random_calls(rng, 300, ["x", "y"], step, 2, back=0.25)))
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
