#!/usr/bin/env python3
"""Writes the tests of receipt: tests/sample/*.in|ans and tests/hidden/*.in|ans.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

The answers come from integer cents, cross-checked against Decimal with
ROUND_HALF_UP. It also prints which tests the three classic mistakes
(floats, Decimal's default half-even rounding, int(float(p) * 100)) fail,
and asserts that each is caught by some hidden test.
"""
import os
import random
import shutil
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 20261211


def parse(text):
    items = []
    for line in text.splitlines():
        name, qty, price = line.split(",")
        assert 1 <= len(name) <= 16 and name == name.strip() and "," not in name, line
        assert 1 <= int(qty) <= 999 and qty == str(int(qty)), line
        whole, _, frac = price.partition(".")
        assert whole.isdigit() and (frac == "" and "." not in price or frac.isdigit() and len(frac) <= 2), line
        assert Decimal(price) <= Decimal("9999.99")
        items.append((name, int(qty), price))
    assert len(items) <= 1000
    return items


def money(cents):
    return f"{cents // 100:,}.{cents % 100:02d}"


def receipt(items, price_cents, discount_of, line_fmt=None):
    out, subtotal = [], 0
    for name, qty, price in items:
        p = price_cents(price)
        subtotal += qty * p
        out.append(f"{name:<16}{qty:>4} x {money(p):>8} = {money(qty * p):>12}")
    discount = discount_of(subtotal)
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{money(subtotal):>16}")
    out.append(f"{'DISCOUNT':<30}{money(discount):>16}")
    out.append(f"{'TOTAL':<30}{money(subtotal - discount):>16}")
    return "\n".join(out) + "\n"


def cents(price):
    whole, _, frac = price.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


def reference(items):
    return receipt(items, cents, lambda s: (s * 15 + 50) // 100 if s >= 10000 else 0)


def with_decimal(items, rounding=ROUND_HALF_UP):
    out, subtotal = [], Decimal(0)
    for name, qty, price in items:
        p = Decimal(price)
        subtotal += qty * p
        out.append(f"{name:<16}{qty:>4} x {p:>8,.2f} = {qty * p:>12,.2f}")
    d = (subtotal * Decimal("0.15")).quantize(Decimal("0.01"), rounding=rounding) if subtotal >= 100 else Decimal(0)
    out.append("-" * 46)
    out += [f"{'SUBTOTAL':<30}{subtotal:>16,.2f}", f"{'DISCOUNT':<30}{d:>16,.2f}",
            f"{'TOTAL':<30}{subtotal - d:>16,.2f}"]
    return "\n".join(out) + "\n"


def with_floats(items):
    out, subtotal = [], 0.0
    for name, qty, price in items:
        p = float(price)
        subtotal += qty * p
        out.append(f"{name:<16}{qty:>4} x {p:>8,.2f} = {qty * p:>12,.2f}")
    d = round(subtotal * 0.15, 2) if subtotal >= 100 else 0.0
    out.append("-" * 46)
    out += [f"{'SUBTOTAL':<30}{subtotal:>16,.2f}", f"{'DISCOUNT':<30}{d:>16,.2f}",
            f"{'TOTAL':<30}{subtotal - d:>16,.2f}"]
    return "\n".join(out) + "\n"


def truncated(items):
    return receipt(items, lambda p: int(float(p) * 100),
                   lambda s: (s * 15 + 50) // 100 if s >= 10000 else 0)


MISTAKES = {
    "floats": with_floats,
    "decimal_half_even": lambda items: with_decimal(items, rounding="ROUND_HALF_EVEN"),
    "truncated_cents": truncated,
    "strict_threshold": lambda items: receipt(items, cents, lambda s: (s * 15 + 50) // 100 if s > 10000 else 0),
    # the threshold in whole dollars, rounded (or a cent low): 99.99 gets the discount
    "dollars_rounded": lambda items: receipt(items, cents, lambda s: (s * 15 + 50) // 100 if round(s / 100) >= 100 else 0),
    "no_thousands_separator": lambda items: with_decimal(items).replace(",", ""),  # names have no commas
}


def lines(*rows):
    return "".join("%s,%s,%s\n" % r for r in rows)


def sample_tests():
    return [
        ("1-no-discount", lines(("green tea", 2, "3.5"), ("apple", 3, "0.10"), ("notebook", 1, "12.99"))),
        ("2-discount", lines(("desk", 1, "90.10"), ("lamp", 1, "10.00"))),
    ]


def half_cent_items(rng, want_mod40):
    """A few items whose subtotal is at least 100.00 and, in cents, is
    congruent to want_mod40 modulo 40 (10 mod 20: 15% ends in half a
    cent; 30 mod 40: half a cent after an even cent, where half-even
    rounds down)."""
    while True:
        items = [("item %d" % i, rng.randint(1, 4), "%d.%02d" % (rng.randint(5, 90), rng.randint(0, 99)))
                 for i in range(rng.randint(2, 6))]
        s = sum(q * cents(p) for _, q, p in items)
        if s >= 10000 and s % 40 == want_mod40:
            return items


def hidden_tests(rng):
    tests = [
        ("01-empty", ""),
        ("02-one-line-no-newline", "pen,1,1.5"),
        ("03-price-forms", lines(("whole", 1, "3"), ("one decimal", 2, "3.5"), ("two decimals", 1, "3.50"),
                                 ("cents", 7, "0.05"), ("free", 3, "0"), ("dearest", 1, "9999.99"))),
        ("04-float-cents", lines(("gum", 1, "1.15"), ("mint", 1, "0.29"), ("soda", 3, "4.35"),
                                 ("bread", 1, "2.3"), ("egg", 12, "0.57"))),
        ("05-exactly-100", lines(("voucher", 1, "100"))),
        ("05-just-under-100", lines(("book", 1, "90.00"), ("pen", 1, "9.99"))),
        ("06-half-cent-up", lines(("desk", 1, "100.10"))),
        ("07-half-cent-even-down", lines(("chair", 1, "100.30"))),
        ("08-thousands", lines(("gold bar", 999, "9999.99"), ("silver bar", 100, "1000"),
                               ("coin", 10, "100.00"))),
        ("09-names", lines(("x", 1, "1"), ("sixteen chars ok", 1, "2"),
                           ("Double  space", 2, "0.5"), ("R2D2", 1, "0.99"), ("café crème", 1, "4.2"))),
    ]
    for i in range(1, 4):
        tests.append(("10-half-cent-%d" % i, "".join(lines(*half_cent_items(rng, rng.choice([10, 30]))))))
    rows = [("item %d" % k, rng.randint(1, 999), "%d.%02d" % (rng.randint(0, 9999), rng.randint(0, 99)))
            for k in range(1000)]
    tests.append(("11-thousand-lines", lines(*rows)))
    return tests


def write(group, tests):
    d = os.path.join(TESTS, group)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    caught = {m: [] for m in MISTAKES}
    for name, text in tests:
        items = parse(text)
        ans = reference(items)
        assert ans == with_decimal(items), name
        for m, f in MISTAKES.items():
            if f(items) != ans:
                caught[m].append(name)
        with open(os.path.join(d, name + ".in"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        with open(os.path.join(d, name + ".ans"), "w", encoding="utf-8", newline="") as f:
            f.write(ans)
    print("%s: %d tests" % (os.path.normpath(d), len(tests)))
    for m, names in caught.items():
        print("   %-18s fails %s" % (m, ", ".join(names) or "nothing"))
    return caught


if __name__ == "__main__":
    rng = random.Random(SEED)
    write("sample", sample_tests())
    caught = write("hidden", hidden_tests(rng))
    assert all(caught.values()), "a mistake no hidden test catches"
