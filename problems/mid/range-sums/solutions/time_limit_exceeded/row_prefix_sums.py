# TOO SLOW: half way there. Prefix sums for each row make one row of a
# rectangle O(1), but a query still visits every row in it: O(m) per query,
# O(m * n + m * q) in all. A tall grid with many queries is too much.
from itertools import accumulate


def rect_sums(grid, queries):
    row_prefix = [[0, *accumulate(row)] for row in grid]
    out = []
    for r1, c1, r2, c2 in queries:
        if r1 > r2 or c1 > c2:
            out.append(0)
            continue
        out.append(sum(p[c2 + 1] - p[c1] for p in row_prefix[r1:r2 + 1]))
    return out
