# Correct answers, but cells are marked visited only when they are taken off the
# queue, not when they are put on it. Until a cell is dequeued, every neighbour
# that reaches it queues it again, and each copy queues its own unvisited
# neighbours again: the queue swells far beyond the number of cells.
from collections import deque


def shortest_path(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    for r, line in enumerate(grid):
        if "S" in line:
            start = (r, line.index("S"))
    queue = deque([(start, 0)])
    visited = set()
    while queue:
        (r, c), d = queue.popleft()
        visited.add((r, c))
        if grid[r][c] == "E":
            return d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in visited:
                queue.append(((nr, nc), d + 1))
    return -1
