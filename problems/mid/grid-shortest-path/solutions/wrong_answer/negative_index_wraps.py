# Mistake: relies on IndexError to detect leaving the grid. That catches row
# or column len(...), but index -1 is valid in Python: stepping off the top or
# left edge silently wraps round to the bottom row or right column.
from collections import deque


def shortest_path(grid: list[str]) -> int:
    for r, line in enumerate(grid):
        if "S" in line:
            start = (r, line.index("S"))
    rows, cols = len(grid), len(grid[0])
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "E":
            return dist[(r, c)]
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            try:
                cell = grid[nr][nc]
            except IndexError:
                continue
            key = (nr % rows, nc % cols)
            if cell != "#" and key not in dist:
                dist[key] = dist[(r, c)] + 1
                queue.append(key)
    return -1
