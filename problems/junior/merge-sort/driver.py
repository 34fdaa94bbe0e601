"""Calls merge_sort(items) or merge_sort(items, key=...) and reports what it
returned, after checking the rules a return value cannot show.

Test arguments:
    items   a list, or {"n": n, "seed": s, "lo": lo, "hi": hi} for n ints in
            [lo, hi] made by generate() (large inputs stay out of the JSON)
    key     absent/None, or the name of a key function in KEYS (JSON cannot
            hold a function)

Rules enforced:
  - sorted() and list.sort() are forbidden by problem.toml (`[rules]
    forbid`): the judge removes them before the solution loads, and a call
    raises ForbiddenCall, a runtime error that says why. (This driver once
    swapped builtins.sorted and watched calls with sys.setprofile: a
    solution that kept a reference from import time and called
    sys.setprofile(None) got through.)
  - items must not be changed: if it was, the driver returns a string saying
    so, which never equals an expected list (so: wrong answer).
"""

import random

KEYS = {
    "first": lambda record: record[0],
    "len": len,
    "abs": abs,
    "lower": str.lower,
}


def generate(n, seed, lo, hi):
    """n ints in [lo, hi]. Only Random.random() is used: Python promises its
    sequence for a given seed."""
    rand = random.Random(seed).random
    span = hi - lo + 1
    return [lo + int(rand() * span) for _ in range(n)]


def run(solution, items, key=None):
    if isinstance(items, dict):
        items = generate(**items)
    key_fn = None if key is None else KEYS[key]
    given = list(items)
    before = list(items)
    if key_fn is None:
        result = solution.merge_sort(given)
    else:
        result = solution.merge_sort(given, key=key_fn)
    if len(given) != len(before) or any(a is not b for a, b in zip(given, before)):
        return "merge_sort changed the list it was given: it must leave items as they were"
    return result
