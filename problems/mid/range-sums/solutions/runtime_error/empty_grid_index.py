# CRASH: reads len(grid[0]) to find the width without checking that the grid
# has a row at all: an empty grid raises IndexError.
from itertools import accumulate


def rect_sums(grid, queries):
    cols = len(grid[0])                # IndexError when grid == []
    table = [[0] * (cols + 1)]
    for row in grid:
        above = table[-1]
        table.append([0] + [a + b for a, b in zip(accumulate(row), above[1:])])
    out = []
    for r1, c1, r2, c2 in queries:
        if r1 > r2 or c1 > c2:
            out.append(0)
        else:
            out.append(table[r2 + 1][c2 + 1] - table[r1][c2 + 1]
                       - table[r2 + 1][c1] + table[r1][c1])
    return out
