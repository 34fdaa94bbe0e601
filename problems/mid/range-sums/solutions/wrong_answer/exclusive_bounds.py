# MISTAKE: off by one. The prefix table is right, but the look-up treats r2
# and c2 as exclusive ends (prefix[r2][c2] instead of prefix[r2 + 1][c2 + 1]),
# so the last row and the last column of every rectangle are left out.
def rect_sums(grid, queries):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    prefix = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows):
        for j in range(cols):
            prefix[i + 1][j + 1] = (grid[i][j] + prefix[i][j + 1]
                                    + prefix[i + 1][j] - prefix[i][j])
    out = []
    for r1, c1, r2, c2 in queries:
        if r1 > r2 or c1 > c2:
            out.append(0)
        else:
            out.append(prefix[r2][c2] - prefix[r1][c2] - prefix[r2][c1] + prefix[r1][c1])
    return out
