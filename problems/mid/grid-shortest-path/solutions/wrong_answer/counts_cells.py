# Mistake (off by one): counts the cells on the path, start included, instead
# of the moves between them.
from collections import deque


def shortest_path(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    for r, line in enumerate(grid):
        if "S" in line:
            start = (r, line.index("S"))
    queue = deque([(start[0], start[1], 1)])
    seen = {start}
    while queue:
        r, c, length = queue.popleft()
        if grid[r][c] == "E":
            return length
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc, length + 1))
    return -1
