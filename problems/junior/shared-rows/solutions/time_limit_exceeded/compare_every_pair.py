# Correct (it uses `is`), but compares each not-yet-grouped row with every
# later row: O(n^2) when most rows are separate objects.
def shared_rows(grid):
    n = len(grid)
    grouped = [False] * n
    groups = []
    for i in range(n):
        if grouped[i]:
            continue
        group = [i]
        for j in range(i + 1, n):
            if grid[j] is grid[i]:
                group.append(j)
                grouped[j] = True
        if len(group) > 1:
            groups.append(group)
    return groups
