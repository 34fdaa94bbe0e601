# Mistake: when the queue runs dry it returns the default distance 0 instead
# of -1, so "unreachable" looks like "already there".
from collections import deque


def shortest_path(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    for r, line in enumerate(grid):
        if "S" in line:
            start = (r, line.index("S"))
    dist = {start: 0}
    queue = deque([start])
    best = 0
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "E":
            best = dist[(r, c)]
            break
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return best
