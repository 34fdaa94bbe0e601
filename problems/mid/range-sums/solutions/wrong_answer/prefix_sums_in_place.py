# MISTAKE: saves memory by turning the caller's grid into its own prefix-sum
# table. The answers are right, but the grid the caller passed in is
# destroyed, which the statement forbids.
def rect_sums(grid, queries):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    for i in range(rows):
        for j in range(cols):
            if i:
                grid[i][j] += grid[i - 1][j]
            if j:
                grid[i][j] += grid[i][j - 1]
            if i and j:
                grid[i][j] -= grid[i - 1][j - 1]

    def upto(r, c):        # sum of grid[:r + 1] x [:c + 1], 0 if r or c is -1
        return grid[r][c] if r >= 0 and c >= 0 else 0

    out = []
    for r1, c1, r2, c2 in queries:
        if r1 > r2 or c1 > c2:
            out.append(0)
        else:
            out.append(upto(r2, c2) - upto(r1 - 1, c2) - upto(r2, c1 - 1) + upto(r1 - 1, c1 - 1))
    return out
