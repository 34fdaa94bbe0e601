"""Writes tests/sample.json, tests/hidden.json and tests/large.json.

Deterministic (fixed seed). Run from anywhere:
    python3 generators/gen_tests.py

Expected values come from a reference BFS, which is cross-checked against a
brute force (repeated relaxation until nothing changes) on every small grid.
"""

import json
import os
import random
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests")
rng = random.Random(424242)


def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    for r, line in enumerate(grid):
        if "S" in line:
            start = (r, line.index("S"))
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if grid[r][c] == "E":
            return dist[(r, c)]
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1


def brute(grid):
    """Relax every cell from its neighbours until a fixed point: slow, obviously right."""
    rows, cols = len(grid), len(grid[0])
    INF = float("inf")
    d = [[0 if grid[r][c] == "S" else INF for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "#":
                    continue
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and d[nr][nc] + 1 < d[r][c]:
                        d[r][c] = d[nr][nc] + 1
                        changed = True
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "E":
                return -1 if d[r][c] == INF else d[r][c]


def check_grid(grid):
    assert len({len(line) for line in grid}) == 1 and grid and grid[0]
    text = "".join(grid)
    assert text.count("S") == 1 and text.count("E") == 1
    assert set(text) <= set(".#SE")


def case(name, grid, small=True):
    check_grid(grid)
    want = bfs(grid)
    if small:
        assert brute(grid) == want, name
    return {"name": name, "args": [grid], "expected": want}


SAMPLE = [
    ("maze", ["S.#.",
              "..#.",
              "#...",
              ".#.E"]),
    ("no-diagonal-moves", ["S#",
                           ".E"]),
    ("unreachable", ["S.#..",
                     "..#.E",
                     "..#.."]),
]

HAND = [
    ("adjacent-horizontal", ["SE"]),
    ("adjacent-vertical", ["E", "S"]),
    ("end-before-start", ["E....", "####.", "S...."]),
    ("one-row-corridor", ["S.........E"]),
    ("one-column", ["S", ".", ".", ".", "E"]),
    ("one-row-blocked", ["S..#..E"]),
    ("diagonal-only-gap", ["S#", "#E"]),
    ("diagonal-would-be-shorter", ["S....", ".....", ".....", ".....", "....E"]),
    ("start-walled-in", ["#####", "#S#..", "###..", "....E"]),
    ("end-walled-in", ["S....", "...#.", "..#E#", "...#."]),
    ("end-in-corner-walled", ["S..#E", "...##", "....."]),
    ("left-edge-does-not-wrap", ["S#...E"]),
    ("top-edge-does-not-wrap", ["S", "#", ".", ".", "E"]),
    ("right-edge-does-not-wrap", ["E..#S"]),
    ("wrap-2d", ["S#..", "##..", "...#", "..#E"]),
    ("long-detour", ["S#......",
                     ".#.####.",
                     ".#.#..#.",
                     ".#.#E.#.",
                     ".#.##.#.",
                     ".#......",
                     ".######.",
                     "........"]),
    ("dead-ends", ["S.#....",
                   ".##.##.",
                   "...#...",
                   "##.#.#.",
                   "...#.#E",
                   ".###.##",
                   "......."]),
    ("two-routes-pick-shorter", ["..........",
                                 ".########.",
                                 "S#......#E",
                                 ".#.####.#.",
                                 "...#......"]),
    ("no-open-cells", ["S###", "####", "###E"]),
]


def spiral(n):
    """An n x n spiral corridor from the outer corner (S) to its inner end (E):
    walk forward, turn right when the corridor would touch itself."""
    g = [["#"] * n for _ in range(n)]
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    g[0][0] = "."

    def can(r, c, d):
        dr, dc = dirs[d]
        r1, c1, r2, c2 = r + dr, c + dc, r + 2 * dr, c + 2 * dc
        if not (0 <= r1 < n and 0 <= c1 < n) or g[r1][c1] != "#":
            return False
        return not (0 <= r2 < n and 0 <= c2 < n) or g[r2][c2] == "#"

    while True:
        if not can(r, c, d):
            d = (d + 1) % 4
            if not can(r, c, d):
                break
        r, c = r + dirs[d][0], c + dirs[d][1]
        g[r][c] = "."
    g[0][0] = "S"
    g[r][c] = "E"
    return ["".join(row) for row in g]


def random_grid(rows, cols, wall_p):
    g = [["#" if rng.random() < wall_p else "." for _ in range(cols)] for _ in range(rows)]
    cells = rng.sample([(r, c) for r in range(rows) for c in range(cols)], 2)
    (sr, sc), (er, ec) = cells
    g[sr][sc], g[er][ec] = "S", "E"
    return ["".join(row) for row in g]


def maze(rows, cols, extra_open):
    """A perfect maze carved on the odd cells (iterative DFS), then `extra_open`
    random walls knocked down so that there are many loops."""
    g = [["#"] * cols for _ in range(rows)]
    start = (1, 1)
    g[1][1] = "."
    stack = [start]
    while stack:
        r, c = stack[-1]
        nbrs = [(r + dr, c + dc, r + dr // 2, c + dc // 2)
                for dr, dc in ((-2, 0), (2, 0), (0, -2), (0, 2))
                if 0 < r + dr < rows - 1 and 0 < c + dc < cols - 1 and g[r + dr][c + dc] == "#"]
        if not nbrs:
            stack.pop()
            continue
        nr, nc, wr, wc = rng.choice(nbrs)
        g[wr][wc] = g[nr][nc] = "."
        stack.append((nr, nc))
    inner_walls = [(r, c) for r in range(1, rows - 1) for c in range(1, cols - 1)
                   if g[r][c] == "#" and (r + c) % 2 == 1]
    for r, c in rng.sample(inner_walls, extra_open):
        g[r][c] = "."
    g[1][1] = "S"
    g[rows - 2][cols - 2] = "E"
    return ["".join(row) for row in g]


def main():
    sample = [case(n, g) for n, g in SAMPLE]
    hidden = [case(n, g) for n, g in HAND]
    hidden.append(case("spiral-15", spiral(15)))
    hidden.append(case("maze-21x31", maze(21, 31, 20)))
    for i in range(40):
        rows, cols = rng.randint(1, 12), rng.randint(1, 12)
        if rows * cols < 2:
            cols = 2
        hidden.append(case("random-%02d-%dx%d" % (i, rows, cols),
                           random_grid(rows, cols, rng.choice([0.0, 0.2, 0.3, 0.4]))))

    large = []
    big = maze(401, 401, 4000)
    large.append(case("maze-401x401-with-loops", big, small=False))
    g = random_grid(400, 400, 0.3)
    # put S and E in opposite corners of this one and make sure it is connected
    g = [list(row) for row in g]
    for row in g:
        for c, ch in enumerate(row):
            if ch in "SE":
                row[c] = "."
    g[0][0], g[399][399] = "S", "E"
    g = ["".join(row) for row in g]
    assert bfs(g) > 0
    large.append(case("open-400x400-30pct-walls", g, small=False))
    g = [list(row) for row in random_grid(300, 300, 0.15)]
    for row in g:
        for c, ch in enumerate(row):
            if ch in "SE":
                row[c] = "."
    g[0][0] = "S"
    er, ec = 200, 250
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            g[er + dr][ec + dc] = "#"
    g[er][ec] = "E"
    g = ["".join(row) for row in g]
    large.append(case("unreachable-300x300", g, small=False))
    assert large[-1]["expected"] == -1

    for name, tests in (("sample", sample), ("hidden", hidden), ("large", large)):
        with open(os.path.join(TESTS, name + ".json"), "w", encoding="utf-8") as f:
            f.write("[\n")
            f.write(",\n".join(json.dumps(t) for t in tests))
            f.write("\n]\n")
    for t in sample + hidden[:25]:
        print(t["name"], t["expected"])
    for t in large:
        print(t["name"], t["expected"])


if __name__ == "__main__":
    main()
