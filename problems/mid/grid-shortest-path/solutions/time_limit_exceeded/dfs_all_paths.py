# Correct, but backtracking DFS that tries every simple path (keeping the best
# length found so far): exponential on open areas, where BFS is O(V).
import sys


def shortest_path(grid: list[str]) -> int:
    sys.setrecursionlimit(1_000_000)
    rows, cols = len(grid), len(grid[0])
    for r, line in enumerate(grid):
        if "S" in line:
            start = (r, line.index("S"))
    best = [float("inf")]
    on_path = set()

    def dfs(r, c, steps):
        if steps >= best[0]:
            return
        if grid[r][c] == "E":
            best[0] = steps
            return
        on_path.add((r, c))
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in on_path:
                dfs(nr, nc, steps + 1)
        on_path.discard((r, c))

    dfs(start[0], start[1], 0)
    return -1 if best[0] == float("inf") else best[0]
