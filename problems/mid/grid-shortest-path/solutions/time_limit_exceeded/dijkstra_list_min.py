# Correct, but Dijkstra with a plain list scanned for the minimum every time:
# O(V^2) for V cells, where BFS is O(V) (every move costs the same).
def shortest_path(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    INF = float("inf")
    dist = {}
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#":
                dist[(r, c)] = 0 if grid[r][c] == "S" else INF
    unvisited = list(dist)
    while unvisited:
        cur = min(unvisited, key=dist.__getitem__)
        if dist[cur] == INF:
            return -1
        unvisited.remove(cur)
        r, c = cur
        if grid[r][c] == "E":
            return dist[cur]
        for nxt in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if nxt in dist and dist[cur] + 1 < dist[nxt]:
                dist[nxt] = dist[cur] + 1
    return -1
