"""Calls merge_sort(items) or merge_sort(items, key=...) and reports what it
returned, after checking the rules a return value cannot show.

Test arguments:
    items   a list, or {"n": n, "seed": s, "lo": lo, "hi": hi} for n ints in
            [lo, hi] made by generate() (large inputs stay out of the JSON)
    key     absent/None, or the name of a key function in KEYS (JSON cannot
            hold a function)

Rules enforced:
  - sorted() is forbidden: builtins.sorted is replaced, for the call, by a
    function that raises ForbiddenShortcut (restored in `finally`);
  - list.sort() is forbidden: the solution gets a list subclass whose sort
    raises, and on inputs of up to WATCH items a profile hook also catches
    list.sort (on a copy, say) and the real sorted() however it was reached.
    A forbidden call is a runtime error with a message that says why;
  - items must not be changed: if it was, the driver returns a string saying
    so, which never equals an expected list (so: wrong answer).
"""

import builtins
import random
import sys

WATCH = 2000

KEYS = {
    "first": lambda record: record[0],
    "len": len,
    "abs": abs,
    "lower": str.lower,
}

_REAL_SORTED = builtins.sorted


class ForbiddenShortcut(Exception):
    """The solution called sorted() or list.sort()."""


class NoSortList(list):
    def sort(self, *args, **kwargs):
        raise ForbiddenShortcut("list.sort() is not allowed in this problem: write the merge yourself")


def _no_sorted(*args, **kwargs):
    raise ForbiddenShortcut("sorted() is not allowed in this problem: write the merge yourself")


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
    given = NoSortList(items)
    before = list(items)
    forbidden = []

    def watch(frame, event, arg):
        if event == "c_call" and (arg is _REAL_SORTED or getattr(arg, "__qualname__", None) == "list.sort"):
            forbidden.append(arg.__qualname__)

    watching = len(items) <= WATCH
    builtins.sorted = _no_sorted
    if watching:
        sys.setprofile(watch)
    try:
        if key_fn is None:
            result = solution.merge_sort(given)
        else:
            result = solution.merge_sort(given, key=key_fn)
    finally:
        if watching:
            sys.setprofile(None)
        builtins.sorted = _REAL_SORTED
    if forbidden:
        raise ForbiddenShortcut("%s() is not allowed in this problem: write the merge yourself" % forbidden[0])
    if len(given) != len(before) or any(a is not b for a, b in zip(given, before)):
        return "merge_sort changed the list it was given: it must leave items as they were"
    return result
