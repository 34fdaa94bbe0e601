# Mistake: grid.index(row) looks for the first row EQUAL to row (list.index
# compares with ==), which may be another, merely equal, list.
def shared_rows(grid):
    groups = {}
    for i, row in enumerate(grid):
        groups.setdefault(grid.index(row), []).append(i)
    return [g for g in groups.values() if len(g) > 1]
