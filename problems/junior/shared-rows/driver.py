"""Builds a grid whose rows share list objects as the test says, calls
shared_rows(grid) and checks that the grid was left alone.

A test gives either
    rows, layout    rows[k] is the contents of row object k (each made as a
                    new list, so equal contents are still different
                    objects); position i of the grid holds object layout[i]
or
    build           {"seed": s, "n": n, "objects": m, "values": v}: n
                    positions, each one of m objects chosen at random,
                    object k holding [k % v] (so objects are often equal),
                    from random.Random(s) (see make).

If shared_rows changes the grid (which object is where, or a row's
contents), the driver returns a message instead of its result.
"""

import random


def run(solution, rows=None, layout=None, build=None):
    if build is not None:
        rows, layout = make(build)
    objects = [list(r) for r in rows]
    grid = [objects[k] for k in layout]
    ids_before = [id(r) for r in grid]
    contents_before = repr(grid)
    result = solution.shared_rows(grid)
    if [id(r) for r in grid] != ids_before or repr(grid) != contents_before:
        return "shared_rows changed the grid or its rows: it must leave them as they were"
    return result


def make(spec):
    rng = random.Random(spec["seed"])
    m, v = spec["objects"], spec["values"]
    rows = [[k % v] for k in range(m)]
    layout = [rng.randrange(m) for _ in range(spec["n"])]
    return rows, layout
