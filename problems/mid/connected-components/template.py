def count_components(n: int, edges: list[list[int]]) -> int:
    """Return the number of connected components of the undirected graph
    with vertices 0 .. n-1 and the given edges (each edge is [u, v])."""
    raise NotImplementedError("write your solution here")
