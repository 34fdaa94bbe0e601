# MISTAKE: no special case for an empty rectangle (r1 > r2 or c1 > c2). The
# inclusion-exclusion formula then returns a meaningless, often nonzero,
# number instead of 0.
def rect_sums(grid, queries):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    prefix = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows):
        for j in range(cols):
            prefix[i + 1][j + 1] = (grid[i][j] + prefix[i][j + 1]
                                    + prefix[i + 1][j] - prefix[i][j])
    return [prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1] - prefix[r2 + 1][c1] + prefix[r1][c1]
            for r1, c1, r2, c2 in queries]
