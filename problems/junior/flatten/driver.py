"""Calls flatten(data) and checks that data was left as it was.

A test either passes `data` itself, or (for inputs a JSON test file cannot
hold: nesting deeper than ~120 levels, or ~10^5 elements) a `build` spec
from which this driver makes `data`:

    {"shape": "staircase", "depth": d}
        level k (1 <= k < d) is [k, <level k+1>, k], a list when k is odd and
        a tuple when k is even; level d is [d] (or (d,)). Flattens to
        1, 2, ..., d, d-1, ..., 1.
    {"shape": "wrapped", "times": t, "inner": value}
        `inner` wrapped in t single-element lists: [[...[inner]...]].
    {"shape": "random", "seed": s, "atoms": n}
        a random tree of lists and tuples holding n one-digit ints (see
        random_tree). Too big to be worth checking for changes: the small
        tests do that.

The driver returns what flatten returned, unless flatten changed its
argument (anywhere inside it) or returned the argument itself: then it
returns a string that says so, which never equals an expected list.
"""

import random


def run(solution, data=None, build=None):
    if build is not None:
        data = make(build)
    check = build is None or build["shape"] != "random"
    before = snapshot(data) if check else None
    result = solution.flatten(data)
    if check and snapshot(data) != before:
        return "flatten changed its argument: it must leave data as it was"
    if result is data:
        return "flatten returned its argument itself: it must return a new list"
    return result


def snapshot(data):
    """The identity of every object in data and the length of every list
    and tuple, in preorder. Iterative: data may be deeper than the
    recursion limit allows twice over."""
    out = []
    stack = [data]
    while stack:
        x = stack.pop()
        out.append(id(x))
        if isinstance(x, (list, tuple)):
            out.append(len(x))
            stack.extend(reversed(x))
    return out


def make(spec):
    shape = spec["shape"]
    if shape == "staircase":
        d = spec["depth"]
        level = [d] if d % 2 else (d,)
        for k in range(d - 1, 0, -1):
            level = [k, level, k] if k % 2 else (k, level, k)
        return level
    if shape == "wrapped":
        value = spec["inner"]
        for _ in range(spec["times"]):
            value = [value]
        return value
    if shape == "random":
        return random_tree(spec["seed"], spec["atoms"])
    raise ValueError("unknown shape %r" % (shape,))


def random_tree(seed, atoms):
    """A list whose top level has many children; about a third of the atoms
    sit in sublists (lists and tuples mixed, some empty) up to 5 levels
    deep. Uses only Random.random(), whose sequence for a given seed Python
    promises to keep."""
    rand = random.Random(seed).random
    root = []
    stack = [(root, 1)]          # open containers (as lists for now), depth
    made = 0
    tuples = []                  # (parent list, index) of sublists to turn into tuples
    while made < atoms:
        current, depth = stack[-1]
        r = rand()
        if r < 0.12 and depth < 5:
            child = []
            current.append(child)
            if rand() < 0.5:
                tuples.append((current, len(current) - 1))
            stack.append((child, depth + 1))
        elif r < 0.35 and len(stack) > 1:
            stack.pop()
        else:
            current.append(int(rand() * 10))
            made += 1
    # turn the marked sublists into tuples, innermost first (a tuple cannot
    # be filled in after it is made)
    for parent, i in reversed(tuples):
        parent[i] = tuple(parent[i])
    return root
