"""Writes tests/sample.json, tests/hidden.json and tests/large.json.

Deterministic (fixed seed). Run from anywhere:
    python3 generators/gen_tests.py

Expected values come from a two-row DP, cross-checked on every small case
against a direct recursion over all edit sequences (memoised on suffixes).
"""

import json
import os
import random
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests")
rng = random.Random(271828)


def reference(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def brute(a, b):
    @lru_cache(maxsize=None)
    def go(s, t):
        if not s or not t:
            return len(s) + len(t)
        return min(go(s[1:], t) + 1,                       # delete s[0]
                   go(s, t[1:]) + 1,                       # insert t[0]
                   go(s[1:], t[1:]) + (s[0] != t[0]))      # substitute or keep
    return go(a, b)


def case(name, a, b, small=True):
    assert len(a) <= 800 and len(b) <= 800
    want = reference(a, b)
    assert reference(b, a) == want
    if small:
        assert brute(a, b) == want, name
    return {"name": name, "args": [a, b], "expected": want}


SAMPLE = [
    ("kitten-sitting", "kitten", "sitting"),
    ("from-empty", "", "abc"),
    ("flaw-lawn", "flaw", "lawn"),
]

HAND = [
    ("both-empty", "", ""),
    ("to-empty", "abcde", ""),
    ("identical", "levenshtein", "levenshtein"),
    ("one-substitution", "a", "b"),
    ("one-insertion", "ac", "abc"),
    ("case-matters", "A", "a"),
    ("case-matters-word", "Hello", "hello"),
    ("all-case-differs", "ABC", "abc"),
    ("rotation", "abcd", "bcda"),
    ("swap-is-two-edits", "ab", "ba"),
    ("prefix", "abc", "abcdef"),
    ("suffix", "def", "abcdef"),
    ("inside", "xbcdy", "bcd"),
    ("intention-execution", "intention", "execution"),
    ("same-length-shifted", "xabcdef", "abcdefx"),
    ("repeated-letters", "aaaa", "aa"),
    ("no-common-letters", "abc", "xyz"),
    ("sunday-saturday", "sunday", "saturday"),
    ("accent-is-a-change", "café", "cafe"),
    ("combining-accent-is-two-code-points", "cafe\u0301", "café"),
    ("cjk-one-change", "日本語", "日本人"),
    ("cjk-insert", "東京", "東京都"),
    ("emoji", "I 😀 Python", "I 😃 Python"),
    ("emoji-vs-ascii", "😀", "a"),
    ("cyrillic-vs-latin", "Москва", "Moskva"),
    ("eszett-not-ss", "straße", "strasse"),
    ("spaces-count", "a b", "ab"),
]

UNI = "日本語中文字東京都😀😃🐍éèêßЖжabc "


def mutate(s, k, alphabet):
    s = list(s)
    for _ in range(k):
        op = rng.randrange(3)
        i = rng.randrange(len(s) + 1)
        if op == 0 or not s:
            s.insert(i, rng.choice(alphabet))
        elif op == 1:
            del s[min(i, len(s) - 1)]
        else:
            s[min(i, len(s) - 1)] = rng.choice(alphabet)
    return "".join(s)


def rand(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    sample = [case(*c) for c in SAMPLE]
    hidden = [case(*c) for c in HAND]
    for i in range(30):
        alphabet = rng.choice(["ab", "abc", "abcAB", UNI])
        a = rand(rng.randint(0, 7), alphabet)
        b = mutate(a, rng.randint(0, 4), alphabet) if rng.random() < 0.5 else rand(rng.randint(0, 7), alphabet)
        hidden.append(case("random-%02d" % i, a, b))
    hidden.append(case("disjoint-12", "abcdefghijkl", "MNOPQRSTUVWX"))

    large = []
    large.append(case("disjoint-alphabets-20", rand(20, "abcdefghij"), rand(20, "KLMNOPQRST"), small=False))
    large.append(case("random-800x800", rand(800, "acgt"), rand(800, "acgt"), small=False))
    a = rand(780, "abcdefghijklmnopqrstuvwxyz ")
    large.append(case("similar-780-30-edits", a, mutate(a, 30, "abcdefghijklmnopqrstuvwxyz "), small=False))
    a = rand(600, UNI)
    large.append(case("unicode-600-60-edits", a, mutate(a, 60, UNI), small=False))
    large.append(case("one-empty-800", rand(800, "xyz"), "", small=False))
    a = rand(800, "abcdefghij")
    large.append(case("case-flipped-800", a, a.upper(), small=False))

    for name, tests in (("sample", sample), ("hidden", hidden), ("large", large)):
        with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(t, ensure_ascii=False) for t in tests))
            f.write("\n]\n")
    for t in sample + hidden[:len(HAND)]:
        print(t["name"], t["args"], t["expected"])
    for t in large:
        print(t["name"], len(t["args"][0]), len(t["args"][1]), t["expected"])


if __name__ == "__main__":
    main()
