# Level-by-level BFS over a flattened grid: cell (r, c) is index r * cols + c.
def shortest_path(grid: list[str]) -> int:
    cols = len(grid[0])
    cells = "".join(grid)
    start, end = cells.index("S"), cells.index("E")
    seen = bytearray(len(cells))
    seen[start] = 1
    frontier, steps = [start], 0
    while frontier:
        if end in frontier:
            return steps
        steps += 1
        nxt = []
        for i in frontier:
            c = i % cols
            for j in (i - cols, i + cols, i - 1 if c > 0 else -1, i + 1 if c < cols - 1 else -1):
                if 0 <= j < len(cells) and not seen[j] and cells[j] != "#":
                    seen[j] = 1
                    nxt.append(j)
        frontier = nxt
    return -1
