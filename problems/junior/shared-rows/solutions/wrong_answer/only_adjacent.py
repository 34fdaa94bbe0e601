# Mistake: assumes shared rows sit next to each other, as in
# [[0] * 3] * 3, and only compares each row with the one before it.
def shared_rows(grid):
    groups = []
    for i in range(1, len(grid)):
        if grid[i] is grid[i - 1]:
            if groups and groups[-1][-1] == i - 1:
                groups[-1].append(i)
            else:
                groups.append([i - 1, i])
    return groups
