"""Writes the tests: `N SEED` in NAME.in, the number of guesses allowed
(ceil(log2(N)) + 1) in NAME.ans. Deterministic: run from the problem
directory to reproduce them."""
import math
from pathlib import Path

GROUPS = {
    "sample": [("small", 10, 1)],
    "hidden": [
        ("one", 1, 1), ("two", 2, 2), ("three", 3, 3), ("power-of-two", 1024, 4),
        ("power-of-two-plus-one", 1025, 5), ("thousand", 1000, 6),
        ("million", 10**6, 7), ("billion-seed-8", 10**9, 8), ("billion-seed-9", 10**9, 9),
        ("billion-minus-one", 10**9 - 1, 10),
    ],
}

for group, tests in GROUPS.items():
    out = Path("tests") / group
    out.mkdir(parents=True, exist_ok=True)
    for name, n, seed in tests:
        (out / f"{name}.in").write_text(f"{n} {seed}\n")
        (out / f"{name}.ans").write_text(f"{math.ceil(math.log2(n)) + 1}\n")
