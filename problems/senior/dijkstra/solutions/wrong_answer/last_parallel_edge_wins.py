# MISTAKE: the graph is a dict of dicts, adj[u][v] = w, so of several
# parallel edges u -> v only the LAST one listed is kept, even when an
# earlier one is lighter.
import heapq


def shortest_distances(n, edges, source):
    adj = {u: {} for u in range(n)}
    for u, v, w in edges:
        adj[u][v] = w
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u].items():
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return [-1 if d == INF else d for d in dist]
