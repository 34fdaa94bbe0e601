def shared_rows(grid):
    # id() is unique among live objects, and every row is alive (the grid
    # holds it), so it is a hashable stand-in for "this very object".
    groups = {}
    for i, row in enumerate(grid):
        groups.setdefault(id(row), []).append(i)
    # dicts keep insertion order: groups come out by first position, and
    # each group's positions were appended in increasing order.
    return [g for g in groups.values() if len(g) > 1]
