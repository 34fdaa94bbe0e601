# Mistake: groups rows by their contents (a tuple of the row as the key):
# that is ==, not "is". Equal but separate rows are grouped together.
def shared_rows(grid):
    groups = {}
    for i, row in enumerate(grid):
        groups.setdefault(tuple(row), []).append(i)
    return [g for g in groups.values() if len(g) > 1]
