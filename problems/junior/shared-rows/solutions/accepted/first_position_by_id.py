def shared_rows(grid):
    # Map each object to the position where it was first seen; then collect
    # the positions of each first position's object.
    first = {}
    members = {}
    for i, row in enumerate(grid):
        j = first.setdefault(id(row), i)
        if j != i:
            members.setdefault(j, [j]).append(i)
    return [members[j] for j in sorted(members)]
