def shortest_path(grid: list[str]) -> int:
    """Return the fewest moves from 'S' to 'E' in `grid`, moving one cell up,
    down, left or right at a time and never onto a wall '#'.

    Return -1 if 'E' cannot be reached from 'S'.
    """
    raise NotImplementedError("write your solution here")
