from collections import defaultdict
from heapq import heappop, heappush


def shortest_distances(n, edges, source):
    """Dijkstra with a settled set: a node's distance is final the first
    time it is popped; later (stale) pops of it are ignored."""
    graph = defaultdict(list)
    for u, v, w in edges:
        graph[u].append((w, v))

    settled = {}
    frontier = [(0, source)]
    while frontier:
        d, u = heappop(frontier)
        if u in settled:
            continue
        settled[u] = d
        for w, v in graph[u]:
            if v not in settled:
                heappush(frontier, (d + w, v))
    return [settled.get(v, -1) for v in range(n)]
