# MISTAKE: "fixes" a reversed rectangle by swapping its bounds, so r1 > r2
# sums rows r2..r1 instead of giving 0 as the statement says (an empty
# range, like range(r1, r2 + 1)).
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
        r1, r2 = min(r1, r2), max(r1, r2)
        c1, c2 = min(c1, c2), max(c1, c2)
        out.append(prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1]
                   - prefix[r2 + 1][c1] + prefix[r1][c1])
    return out
