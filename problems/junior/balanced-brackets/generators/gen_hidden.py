#!/usr/bin/env python3
"""Writes tests/hidden.json for balanced-brackets: edge cases and large
inputs.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_hidden.py

Expected values come from a stack-based reference; every case up to 5,000
characters is cross-checked against a brute force that keeps deleting
adjacent "()", "[]" and "{}" pairs (too slow for the deep cases).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, os.pardir, "tests", "hidden.json")
SEED = 20240917

OPENER_OF = {")": "(", "]": "[", "}": "{"}
CLOSER_FOR = {v: k for k, v in OPENER_OF.items()}


def reference(s):
    stack = []
    for c in s:
        if c in CLOSER_FOR:
            stack.append(c)
        elif c in OPENER_OF:
            if not stack or stack.pop() != OPENER_OF[c]:
                return False
    return not stack


def brute(s):
    s = "".join(c for c in s if c in "()[]{}")
    while True:
        t = s.replace("()", "").replace("[]", "").replace("{}", "")
        if t == s:
            return s == ""
        s = t


def case(name, s, expected, note=None):
    got = reference(s)
    assert got == expected, (name, got)
    if len(s) <= 5000:
        assert brute(s) == expected, name
    c = {"name": name, "args": [s], "expected": expected}
    if note:
        c["note"] = note
    return c


def deep(depth, kinds="([{"):
    """Openers cycling through `kinds`, then their closers: balanced."""
    openers = (kinds * (depth // len(kinds) + 1))[:depth]
    return openers + "".join(CLOSER_FOR[c] for c in reversed(openers))


def random_balanced(rng, n_pairs, text_ratio):
    """A random balanced bracket sequence with ordinary text mixed in."""
    out, stack, opened = [], [], 0
    filler = "abcxyz019 ,.;:=+-*/'\"\\<>_"
    while opened < n_pairs or stack:
        if rng.random() < text_ratio:
            out.append(rng.choice(filler))
        elif opened < n_pairs and (not stack or rng.random() < 0.55):
            c = rng.choice("([{")
            stack.append(c)
            out.append(c)
            opened += 1
        else:
            out.append(CLOSER_FOR[stack.pop()])
    return "".join(out)


def cases():
    rng = random.Random(SEED)
    out = [
        case("empty", "", True),
        case("text-only", "hello, world 42", True,
             note="no brackets at all"),
        case("lone-closer", ")", False),
        case("lone-opener", "[", False),
        case("closer-first", ")(", False),
        case("wrong-kind", "(]", False),
        case("crossed-kinds", "{[}]", False),
        case("crossed-in-code", "print(a[0)]", False),
        case("side-by-side", "()[]{}", True),
        case("nested-and-side-by-side", "{[()()]}([])", True),
        case("all-open", "{[(", False),
        case("extra-closer-at-end", "(a[b]{c})]", False),
        case("angle-brackets-ignored", "if a < b: f(x)", True,
             note="a < with no > is not an unclosed bracket"),
        case("angle-brackets-crossing", "<(>)", True,
             note="< and > are ordinary characters"),
        case("quoted-closer-counts", "s = ')'", False,
             note="quotes are ignored, the bracket inside them is not"),
        case("other-scripts-ignored", "【f（x)）】 ⟨y⟩", False,
             note="only ASCII brackets count: this is just ')'"),
        case("unicode-text-balanced", "привет (мир) {日本[語]} 🙂", True),
    ]

    # Large cases. Deep nesting separates O(n) from the O(n^2) pair
    # deleting (one pass per level) and defeats recursion.
    d = 100_000
    out.append(case("deep-nesting", deep(d), True,
                    note="2*10^5 brackets nested 10^5 deep"))
    d2 = 10_000
    broken = deep(d2)
    # replace the innermost closer with one of another kind
    other = {")": "]", "]": "}", "}": ")"}[broken[d2]]
    broken = broken[:d2] + other + broken[d2 + 1:]
    out.append(case("deep-nesting-wrong-kind-inside", broken, False,
                    note="nested 10^4 deep; the innermost closer is of the wrong kind"))
    out.append(case("deep-nesting-one-left-open", "(" + deep(d2), False,
                    note="an extra ( at the very start is never closed"))

    s = random_balanced(rng, 15_000, 0.4)
    out.append(case("long-code-like", s, True))
    # cross two neighbouring closers of different kinds, near the middle
    i = len(s) // 2
    while not (s[i] in OPENER_OF and s[i + 1] in OPENER_OF and s[i] != s[i + 1]):
        i += 1
    crossed = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    out.append(case("long-code-like-crossed", crossed, False,
                    note="two neighbouring closers swapped: every kind still counts out"))
    return out


if __name__ == "__main__":
    tests = cases()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(t, ensure_ascii=False) for t in tests))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(OUT), len(tests), os.path.getsize(OUT)))
