def shared_rows(grid: list[list[int]]) -> list[list[int]]:
    """Return the groups (size >= 2) of positions whose rows are the very
    same list object, each sorted, ordered by first position.
    """
    raise NotImplementedError("write your solution here")
