"""Calls rect_sums and checks that it left its arguments alone.

A test either gives the grid and the queries itself (args: [grid, queries],
each query a JSON list turned into a tuple here), or asks for a large random
input made from a seed (kwargs: {"generate": {...}}, see make_input). A
large input's answer is compared as a fingerprint (count, total, first few
sums and a SHA-256 of all of them) so that the test file stays small.
"""
import hashlib
import random
import struct


def make_input(rows, cols, queries, seed, scale=1, shape="mixed"):
    """A rows x cols grid of ints in [-128 * scale, 127 * scale] and
    `queries` rectangles. shape "big": every rectangle spans at least half
    the grid each way; "mixed": any rectangle, about 1 in 10 of them empty
    (r1 > r2 or c1 > c2)."""
    rng = random.Random(seed)
    cells = rng.randbytes(rows * cols)
    grid = [[(b - 128) * scale for b in cells[i * cols:(i + 1) * cols]] for i in range(rows)]
    raw = struct.unpack("<%dH" % (5 * queries), rng.randbytes(10 * queries))
    out = []
    for i in range(0, 5 * queries, 5):
        a, b, c, d, flip = raw[i:i + 5]
        if shape == "big":
            r1, r2 = a % (rows // 4 + 1), rows - 1 - b % (rows // 4 + 1)
            c1, c2 = c % (cols // 4 + 1), cols - 1 - d % (cols // 4 + 1)
        else:
            r1, r2 = sorted((a % rows, b % rows))
            c1, c2 = sorted((c % cols, d % cols))
            if flip % 20 == 0:
                r1, r2 = r2, r1
            elif flip % 20 == 1:
                c1, c2 = c2, c1
        out.append((r1, c1, r2, c2))
    return grid, out


def fingerprint(result):
    if type(result) is not list:
        return "rect_sums returned a %s, not a list" % type(result).__name__
    if not all(type(x) is int for x in result):
        return "rect_sums returned a list with something other than ints in it"
    text = ",".join(map(str, result))
    return {"count": len(result), "first": result[:5], "total": sum(result),
            "sha256": hashlib.sha256(text.encode("ascii")).hexdigest()}


def run(solution, grid=None, queries=None, *, generate=None):
    if generate is not None:
        grid, queries = make_input(**generate)
    else:
        queries = [tuple(q) for q in queries]
    grid_before = [list(row) for row in grid]
    queries_before = list(queries)
    result = solution.rect_sums(grid, queries)
    if grid != grid_before:
        return "rect_sums changed the grid it was given"
    if queries != queries_before:
        return "rect_sums changed the list of queries it was given"
    return fingerprint(result) if generate is not None else result
