def rect_sums(grid, queries):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    # prefix[i][j] = sum of grid[r][c] for r < i and c < j
    prefix = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows):
        row_total = 0
        current, above = prefix[i + 1], prefix[i]
        for j in range(cols):
            row_total += grid[i][j]
            current[j + 1] = above[j + 1] + row_total

    def rectangle(r1, c1, r2, c2):
        if r1 > r2 or c1 > c2:
            return 0
        return (prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1]
                - prefix[r2 + 1][c1] + prefix[r1][c1])

    return [rectangle(*q) for q in queries]
