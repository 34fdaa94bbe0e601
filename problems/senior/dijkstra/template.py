def shortest_distances(n, edges, source):
    """Shortest distances from `source` in a directed graph with
    non-negative edge weights.

    n: the number of nodes, numbered 0 .. n-1.
    edges: a list of [u, v, w]: a one-way edge u -> v of weight w >= 0.
        There may be parallel edges and self loops.
    source: the start node.

    Returns a list of n ints: dist[v] is the length of a shortest path
    from source to v, or -1 if v cannot be reached.
    Expected: O((n + m) log n) time for m edges.
    """
    raise NotImplementedError
