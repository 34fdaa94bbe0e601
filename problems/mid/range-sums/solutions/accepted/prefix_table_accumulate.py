from itertools import accumulate


def rect_sums(grid, queries):
    """2D prefix sums: table[i][j] is the sum of grid[:i] x [:j], so any
    rectangle is four look-ups. O(m * n) to build, O(1) per query."""
    cols = len(grid[0]) if grid else 0
    table = [[0] * (cols + 1)]
    for row in grid:
        above = table[-1]
        # running sum of this row, plus everything above it
        table.append([0] + [left + up for left, up in zip(accumulate(row), above[1:])])
    sums = []
    for r1, c1, r2, c2 in queries:
        if r1 > r2 or c1 > c2:
            sums.append(0)
            continue
        top, bottom = table[r1], table[r2 + 1]
        sums.append(bottom[c2 + 1] - bottom[c1] - top[c2 + 1] + top[c1])
    return sums
