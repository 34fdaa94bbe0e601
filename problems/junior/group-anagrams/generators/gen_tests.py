#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
group-anagrams.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Expected results come from a dict keyed on the sorted case-folded word;
every case of up to 3000 words is cross-checked against a brute force that
compares Counter()s pair by pair, the large one against a Counter-keyed dict.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, os.pardir, "tests")
SEED = 4242


def reference(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w.casefold())), []).append(w)
    return list(groups.values())


def brute(words):
    groups = []
    for w in words:
        cw = Counter(w.casefold())
        for g in groups:
            if Counter(g[0].casefold()) == cw:
                g.append(w)
                break
        else:
            groups.append([w])
    return groups


def by_counter(words):
    groups = {}
    for w in words:
        groups.setdefault(frozenset(Counter(w.casefold()).items()), []).append(w)
    return list(groups.values())


def case(name, words, expected=None, note=None):
    assert all(isinstance(w, str) and len(w) <= 30 for w in words)
    want = reference(words)
    assert want == by_counter(words), name
    assert len(words) > 3000 or want == brute(words), name
    if expected is not None:
        assert want == expected, (name, want)
    c = {"name": name, "args": [words], "expected": want}
    if note:
        c["note"] = note
    return c


def sample_cases():
    return [
        case("listen-silent", ["listen", "google", "Silent", "enlist", "gogole", "cat"],
             expected=[["listen", "Silent", "enlist"], ["google", "gogole"], ["cat"]]),
        case("tea-with-repeats", ["Tea", "eat", "tan", "tea", "ate", "nat", "bat", "eat"],
             expected=[["Tea", "eat", "tea", "ate", "eat"], ["tan", "nat"], ["bat"]]),
        case("sharp-s", ["ß", "s", "ss", "SS"], expected=[["ß", "ss", "SS"], ["s"]]),
    ]


def hidden_cases(rng):
    cases = [
        case("no-words", [], expected=[]),
        case("one-word", ["Python"], expected=[["Python"]]),
        case("empty-strings", ["", "a", "", " ", "A"], expected=[["", ""], ["a", "A"], [" "]]),
        case("same-word-repeated", ["abc"] * 5),
        case("no-anagrams", ["one", "two", "three", "four", "five", "six"]),
        case("case-only", ["ABC", "cab", "bCa", "CBA", "abc"]),
        case("counts-matter", ["aab", "abb", "aba", "bab", "ab", "ba", "aabb"],
             expected=[["aab", "aba"], ["abb", "bab"], ["ab", "ba"], ["aabb"]]),
        case("no-noon", ["no", "on", "noon", "onon", "nono", "oonn", "non"]),
        case("sum-of-codes-collides", ["ad", "bc", "da", "cb", "ae"],
             note="ord sums are equal for ad and bc"),
        case("first-appearance-order", ["b", "a", "b", "c", "a", "B"],
             expected=[["b", "b", "B"], ["a", "a"], ["c"]]),
        case("groups-not-sorted", ["zoo", "ant", "ozo", "tan", "mid", "dim", "nat"]),
        case("capital-sharp-s", ["Straße", "strasse", "STRASSE", "Strase", "ẞ", "ss", "SẞTRAE"],
             note="ẞ (U+1E9E) and ß both fold to ss"),
        case("sharp-s-vs-one-s", ["ßa", "asS", "as", "saß", "sas"]),
        case("fi-ligature", ["ﬁ", "if", "FI", "f", "ﬁx", "xif"],
             note="U+FB01 folds to fi; lower() leaves it alone"),
        case("greek-sigmas", ["Σ", "σ", "ς", "σς", "ΣΣ"],
             note="final sigma folds to σ; lower() keeps ς"),
        case("accents-count", ["été", "tée", "ete", "éte", "ÉTÉ"]),
        case("no-normalisation", ["é", "e\u0301", "\u0301e", "É", "e"],
             note="é (U+00E9) is not e + U+0301"),
        case("spaces-count", ["dirty room", "dormitory", "room dirty", "dormitory ", "dirtyroom"],
             expected=[["dirty room", "room dirty", "dormitory "], ["dormitory", "dirtyroom"]]),
        case("digits-and-punctuation", ["a1!", "!1a", "1a", "a!1", "A1!", "a1", "1!a!"]),
        case("emoji", ["🙂a", "a🙂", "🙃a", "🙂🙂", "🙂"]),
        case("cyrillic-case", ["Кот", "ток", "КТО", "тик"]),
        case("long-words", ["a" * 30, "A" * 30, "a" * 29 + "b", "b" + "a" * 29, "a" * 29]),
        case("same-letters-different-lengths", ["a", "aa", "aaa", "AA", "A", "aaaa"]),
    ]
    for i in range(1, 5):
        alphabet = ["ab", "abc", "abcABC", "aAbBßs"][i - 1]
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))) for _ in range(300)]
        cases.append(case("random-small-alphabet-%d" % i, words))
    return cases


def large_case(rng):
    """8000 words, ~5700 groups: comparing each word with every group is
    tens of millions of sorts."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéßÉ"
    roots = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(5800)]
    words = []
    for _ in range(8000):
        root = list(rng.choice(roots)) if rng.random() < 0.4 else list(roots[len(words) % len(roots)])
        rng.shuffle(root)
        words.append("".join(c.swapcase() if rng.random() < 0.1 else c for c in root))
    return case("large-many-groups", words, note="8000 words, shuffles and case changes of 5800 roots")


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
    write("large.json", [large_case(rng)])
