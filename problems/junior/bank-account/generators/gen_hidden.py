#!/usr/bin/env python3
"""Writes tests/hidden.json for bank-account (and checks tests/sample.json).

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_hidden.py

Expected results come from a small reference model (RefBank); every case is
cross-checked against a second, independently written model (LedgerBank,
which keeps only the list of changes and sums it for every balance).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20241003

NOFUNDS = {"$raises": "InsufficientFunds"}
BADVALUE = {"$raises": "ValueError"}
NOACCOUNT = {"$raises": "KeyError"}


class Fail(Exception):
    def __init__(self, tag):
        self.tag = tag


class RefBank:
    def __init__(self):
        self.kind, self.setting, self.bal, self.hist = [], [], [], []

    def _i(self, n):
        if not (isinstance(n, int) and 1 <= n <= len(self.kind)):
            raise Fail(NOACCOUNT)
        return n - 1

    def _open(self, kind, setting):
        if setting < 0:
            raise Fail(BADVALUE)
        self.kind.append(kind)
        self.setting.append(setting)
        self.bal.append(0)
        self.hist.append([])
        return len(self.kind)

    def open_checking(self, limit):
        return self._open("checking", limit)

    def open_savings(self, rate):
        return self._open("savings", rate)

    def _floor(self, i):
        return -self.setting[i] if self.kind[i] == "checking" else 0

    def deposit(self, n, a):
        i = self._i(n)
        if a <= 0:
            raise Fail(BADVALUE)
        self.bal[i] += a
        self.hist[i].append(a)
        return self.bal[i]

    def withdraw(self, n, a):
        i = self._i(n)
        if a <= 0:
            raise Fail(BADVALUE)
        if self.bal[i] - a < self._floor(i):
            raise Fail(NOFUNDS)
        self.bal[i] -= a
        self.hist[i].append(-a)
        return self.bal[i]

    def transfer(self, f, t, a):
        i, j = self._i(f), self._i(t)
        if i == j or a <= 0:
            raise Fail(BADVALUE)
        if self.bal[i] - a < self._floor(i):
            raise Fail(NOFUNDS)
        self.bal[i] -= a
        self.hist[i].append(-a)
        self.bal[j] += a
        self.hist[j].append(a)
        return None

    def balance(self, n):
        return self.bal[self._i(n)]

    def history(self, n):
        return list(self.hist[self._i(n)])

    def add_interest(self):
        total = 0
        for i, kind in enumerate(self.kind):
            if kind == "savings" and self.bal[i] > 0:
                x = self.bal[i] * self.setting[i] // 10000
                if x:
                    self.bal[i] += x
                    self.hist[i].append(x)
                    total += x
        return total


class LedgerBank:
    """Second opinion: accounts are dicts; a balance is the sum of its ledger."""

    def __init__(self):
        self.accounts = {}

    def _acc(self, n):
        if n not in self.accounts:
            raise Fail(NOACCOUNT)
        return self.accounts[n]

    def _new(self, acc):
        self.accounts[len(self.accounts) + 1] = acc
        return len(self.accounts)

    def open_checking(self, limit):
        if limit < 0:
            raise Fail(BADVALUE)
        return self._new({"ledger": [], "overdraft": limit, "rate": 0})

    def open_savings(self, rate):
        if rate < 0:
            raise Fail(BADVALUE)
        return self._new({"ledger": [], "overdraft": 0, "rate": rate})

    def _take(self, acc, a):
        if a < 1:
            raise Fail(BADVALUE)
        if sum(acc["ledger"]) - a + acc["overdraft"] < 0:
            raise Fail(NOFUNDS)

    def deposit(self, n, a):
        acc = self._acc(n)
        if a < 1:
            raise Fail(BADVALUE)
        acc["ledger"].append(a)
        return sum(acc["ledger"])

    def withdraw(self, n, a):
        acc = self._acc(n)
        self._take(acc, a)
        acc["ledger"].append(-a)
        return sum(acc["ledger"])

    def transfer(self, f, t, a):
        src, dst = self._acc(f), self._acc(t)
        if f == t:
            raise Fail(BADVALUE)
        self._take(src, a)
        src["ledger"].append(-a)
        dst["ledger"].append(a)

    def balance(self, n):
        return sum(self._acc(n)["ledger"])

    def history(self, n):
        return list(self._acc(n)["ledger"])

    def add_interest(self):
        paid = 0
        for acc in self.accounts.values():
            b = sum(acc["ledger"])
            if acc["rate"] and b > 0 and b * acc["rate"] >= 10000:
                x = (b * acc["rate"]) // 10000
                acc["ledger"].append(x)
                paid += x
        return paid


def replay(model_cls, calls):
    bank = model_cls()
    out = [None]
    for call in calls:
        try:
            out.append(getattr(bank, call[0])(*call[1:]))
        except Fail as e:
            out.append(e.tag)
    return out


def case(name, calls, note=None, cross_check=True):
    expected = replay(RefBank, calls)
    if cross_check:
        assert expected == replay(LedgerBank, calls), name
    c = {"name": name, "ops": [["Bank"]] + [list(c) for c in calls], "expected": expected}
    if note:
        c["note"] = note
    return c


def C(limit):
    return ["open_checking", limit]


def S(rate):
    return ["open_savings", rate]


def D(n, a):
    return ["deposit", n, a]


def W(n, a):
    return ["withdraw", n, a]


def T(f, t, a):
    return ["transfer", f, t, a]


def B(n):
    return ["balance", n]


def H(n):
    return ["history", n]


I = ["add_interest"]


def random_calls(rng, n_ops, max_accounts, amount_hi, p_bad=0.06, p_history=0):
    calls, opened = [], 0
    for _ in range(n_ops):
        r = rng.random()
        if opened == 0 or (r < 0.08 and opened < max_accounts):
            if rng.random() < 0.5:
                calls.append(C(rng.choice([0, 0, 100, 1000, rng.randint(0, amount_hi)])))
            else:
                calls.append(S(rng.choice([0, 1, 100, 250, 333, 10000])))
            opened += 1
            continue
        n = rng.randint(1, opened)
        a = rng.randint(1, amount_hi)
        if rng.random() < p_bad:            # one fault at a time
            fault = rng.randrange(3)
            if fault == 0:
                a = -rng.randint(0, amount_hi)
            elif fault == 1:
                n = opened + rng.randint(1, 3)
        r = rng.random()
        if r < 0.30:
            calls.append(D(n, a))
        elif r < 0.60:
            calls.append(W(n, a))
        elif r < 0.75:
            m = rng.randint(1, opened)
            if m == n and rng.random() < 0.7:
                m = n % opened + 1
            if m == n and (a <= 0 or n > opened):
                a, n = abs(a) + 1, min(n, opened)
            calls.append(T(n, m, a))
        elif r < 0.85 + 0.07 * p_history:
            calls.append(B(n))
        elif r < 0.95:
            calls.append(H(min(n, opened) if rng.random() < 0.8 else n))
        else:
            calls.append(I)
    return calls


def large_case(rng):
    """12000 accounts, then 12000 operations, 80% of them on the newest
    tenth of the accounts. Finding an account by scanning a list costs ~10^4
    steps per lookup here, ~1.4 * 10^8 in all; a dict or a list index, one."""
    n_accounts, n_ops = 12000, 12000
    calls = []
    for i in range(n_accounts):
        calls.append(C(rng.choice([0, 500, 1000])) if i % 2 == 0 else S(rng.choice([0, 50, 125, 250])))

    def pick():
        if rng.random() < 0.8:
            return rng.randint(n_accounts - n_accounts // 10 + 1, n_accounts)
        return rng.randint(1, n_accounts)

    for k in range(n_ops):
        n = pick()
        r = rng.random()
        if r < 0.35:
            calls.append(D(n, rng.randint(1, 9999)))
        elif r < 0.55:
            calls.append(W(n, rng.randint(1, 2000)))
        elif r < 0.7:
            m = pick()
            calls.append(T(n, m if m != n else n % n_accounts + 1, rng.randint(1, 2000)))
        else:
            calls.append(B(n))
        if k % 4000 == 3999:
            calls.append(I)
    calls.append(H(n_accounts))
    calls.append(H(1))
    return case("large-many-accounts", calls,
                note="12000 accounts, 12000 operations on them: O(1) lookup needed")


def hidden_cases():
    rng = random.Random(SEED)
    BIG = 10 ** 17 + 3333
    cases = [
        case("fresh-history-empty", [C(0), H(1), B(1), S(100), H(2), B(2)]),
        case("numbering-mixed-kinds", [S(10), C(0), C(500), S(0), D(4, 7), B(4), B(1)]),
        case("failed-open-uses-no-number",
             [C(-1), S(-5), C(0), S(-1), S(3), D(2, 10), B(2), H(1)]),
        case("unknown-accounts", [B(1), D(1, 5), C(0), W(2, 5), H(2), B(0), B(-1), H(1)]),
        case("checking-exactly-at-limit", [C(5000), W(1, 5000), W(1, 1), B(1), D(1, 1), W(1, 1), H(1)],
             "balance -5000 with limit 5000 is allowed; -5001 is not"),
        case("checking-one-past-limit", [C(300), D(1, 200), W(1, 501), B(1), W(1, 500), B(1), H(1)]),
        case("checking-zero-limit-empties", [C(0), D(1, 999), W(1, 999), W(1, 1), B(1), H(1)]),
        case("savings-withdraw-everything", [S(100), D(1, 4321), W(1, 4321), B(1), W(1, 1), B(1), H(1)],
             "emptying a savings account to exactly 0 is allowed"),
        case("savings-never-negative", [S(500), W(1, 1), D(1, 100), W(1, 101), T(1, 1, 5), B(1), H(1)]),
        case("insufficient-is-a-value-error-subclass",
             [S(0), W(1, 10), C(10), W(2, 11), W(2, 10), B(2)]),
        case("bad-amounts", [C(1000), D(1, 0), D(1, -1), W(1, 0), W(1, -250), D(1, 50),
                             C(0), T(1, 2, 0), T(1, 2, -10), B(1), B(2), H(1), H(2)]),
        case("negative-deposit-on-savings", [S(100), D(1, 100), D(1, -500), B(1), I, B(1), H(1)],
             "a negative deposit must not slip through (here it would also overdraw savings)"),
        case("transfer-basic", [C(0), S(0), D(1, 1000), T(1, 2, 400), B(1), B(2), H(1), H(2)]),
        case("transfer-uses-overdraft", [C(1000), C(0), T(1, 2, 1000), T(1, 2, 1), B(1), B(2), H(1), H(2)]),
        case("transfer-from-savings-refused", [S(100), C(0), D(1, 50), T(1, 2, 51), B(1), B(2), H(1), H(2)]),
        case("transfer-to-unknown-is-atomic", [C(500), D(1, 300), T(1, 7, 100), B(1), H(1)],
             "KeyError, and account 1 keeps its money"),
        case("transfer-from-unknown", [S(0), D(1, 300), T(9, 1, 100), B(1), H(1)]),
        case("transfer-to-self", [C(100), D(1, 50), T(1, 1, 10), B(1), H(1)]),
        case("transfer-chain", [C(0), C(0), C(0), D(1, 90), T(1, 2, 60), T(2, 3, 60), T(3, 1, 30),
                                B(1), B(2), B(3), H(1), H(2), H(3)]),
        case("interest-rounds-down", [S(250), D(1, 6667), I, B(1), S(100), D(2, 199), I, B(2), H(2)],
             "6667 * 2.5% = 166.675 -> 166; 199 * 1% = 1.99 -> 1"),
        case("interest-half-cent-down", [S(100), D(1, 150), I, B(1), H(1)],
             "1.5 cents -> 1 (round() would give 2)"),
        case("interest-zero-not-listed", [S(100), D(1, 99), I, H(1), S(0), D(2, 10 ** 6), I, H(2)],
             "0.99 cents of interest is 0: no history entry; rate 0 pays nothing"),
        case("interest-on-empty-savings", [S(500), I, B(1), H(1)]),
        case("interest-none-for-checking", [C(0), D(1, 100000), S(200), D(2, 100000), I, B(1), B(2), H(1)]),
        case("interest-no-accounts", [I, I]),
        case("interest-compounds", [S(1000), D(1, 10000), I, I, I, B(1), H(1)]),
        case("interest-sum-over-accounts", [S(100), S(250), C(0), S(333), D(1, 10000), D(2, 10000),
                                            D(3, 10000), D(4, 12345), I, B(1), B(2), B(4)]),
        case("interest-after-transfer", [S(500), S(500), D(1, 2000), T(1, 2, 1000), I, H(1), H(2)]),
        case("interest-big-balance", [S(3), D(1, BIG), I, B(1), H(1)],
             "(10^17 + 3333) * 3 // 10000: float division is a cent off"),
        case("big-amounts", [C(10 ** 18), W(1, 10 ** 18), W(1, 1), D(1, 2 * 10 ** 18), B(1),
                             S(7), T(1, 2, 10 ** 18 - 1), B(1), B(2), I, B(2)]),
        case("histories-are-separate", [C(0), C(0), D(1, 100), D(2, 200), W(1, 30), H(1), H(2),
                                       S(100), D(3, 5000), I, H(3), H(1)],
             "each account has its own history (no list shared at class level)"),
        case("history-is-signed-changes", [C(100), D(1, 300), W(1, 350), W(1, 100), D(1, 1), H(1)]),
    ]
    for i in range(1, 11):
        cases.append(case("random-small-%02d" % i, random_calls(rng, 60, 5, rng.choice([50, 1000, 10 ** 6]))))
    for i in range(1, 3):
        cases.append(case("random-medium-%d" % i, random_calls(rng, 1000, 40, 5000, p_history=1)))
    cases.append(large_case(rng))
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


def check_samples():
    with open(os.path.join(TESTS, "sample.json")) as f:
        for c in json.load(f):
            calls = c["ops"][1:]
            assert replay(RefBank, calls) == replay(LedgerBank, calls) == c["expected"], c["name"]


if __name__ == "__main__":
    check_samples()
    write("hidden.json", hidden_cases())
