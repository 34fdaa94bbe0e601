# Mistake: uses the rows themselves as dict keys; a list is not hashable
# (TypeError: unhashable type: 'list').
def shared_rows(grid):
    groups = {}
    for i, row in enumerate(grid):
        groups.setdefault(row, []).append(i)
    return [g for g in groups.values() if len(g) > 1]
