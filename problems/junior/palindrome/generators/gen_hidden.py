"""Writes tests/hidden.json: hand-picked edge cases and two long strings.

Deterministic (fixed seed). Run from anywhere: python3 generators/gen_hidden.py
"""

import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261126)

cases = [
    ("one-letter", "a", True),
    ("two-different", "ab", False),
    ("two-same-case-differs", "aA", True),
    ("nixon", "No 'x' in Nixon", True),
    ("car-or-cat", "Was it a car or a cat I saw?", True),
    ("digits", "12321", True),
    ("digits-spaced", "1 23 21", True),
    ("digit-letter", "0P", False),
    ("digit-in-middle", "1a2", False),
    ("punctuation-only", "!!! ... ??? --", True),
    ("whitespace", "\tab\n ba ", True),
    ("mixed-case", "AbBa", True),
    ("almost", "abcdba", False),
    ("cyrillic", "А роза упала на лапу Азора", True),
    ("accents-matter", "Ésope reste ici et se repose", False),
    ("accented-palindrome", "été", True),
    ("noel-leon", "Noël, Léon", False),
    ("casefold-eszett", "ßS", True),
    ("casefold-eszett-reversed", "Sß", True),
    ("eszett-not-s", "ßa", False),
    ("arabic-digits", "١٢١", True),
    ("emoji-ignored", "a🙂b🙂a", True),
    ("apostrophes", "'a'b'", False),
]


def long_palindrome(n):
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    half = [random.choice(letters) for _ in range(n // 2)]
    body = half + half[::-1]
    # sprinkle punctuation and spaces, which must be ignored
    out = []
    for c in body:
        out.append(c.upper() if random.random() < 0.3 else c.lower() if c.isalpha() else c)
        if random.random() < 0.2:
            out.append(random.choice(" ,.;:!?-'"))
    return "".join(out)


big = long_palindrome(200_000)
cases.append(("long-palindrome", big, True))
middle = len(big) // 2
while not big[middle].isalnum():
    middle += 1
broken = big[:middle] + ("x" if big[middle].lower() != "x" else "y") + big[middle + 1:]
cases.append(("long-broken-in-the-middle", broken, False))

tests = [{"name": name, "args": [s], "expected": want} for name, s, want in cases]
with open(os.path.join(HERE, "..", "tests", "hidden.json"), "w", encoding="utf-8") as f:
    f.write("[\n")
    f.write(",\n".join(json.dumps(t, ensure_ascii=False) for t in tests))
    f.write("\n]\n")
