def rect_sums(grid, queries):
    """Return the sum of each rectangle in `queries`, in order.

    grid: a list of m rows, each a list of n ints (m or n may be 0).
    queries: a list of tuples (r1, c1, r2, c2); the rectangle is rows
    r1..r2 and columns c1..c2, both ends included. It is empty (sum 0)
    when r1 > r2 or c1 > c2.

    Returns a list of ints, one per query. Must not modify grid or queries.
    Expected: O(m * n + len(queries)) time.
    """
    raise NotImplementedError
