# TOO SLOW: correct (slicing even gives 0 for r1 > r2 or c1 > c2 for free),
# but each query adds up its whole rectangle: O(area) per query, O(m*n*q)
# in the worst case.
def rect_sums(grid, queries):
    return [sum(sum(row[c1:c2 + 1]) for row in grid[r1:r2 + 1])
            for r1, c1, r2, c2 in queries]
