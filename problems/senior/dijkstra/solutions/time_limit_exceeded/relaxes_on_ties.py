# MISTAKE that never ends: relaxes an edge when the new distance is equal
# (<=) as well as shorter, and does not skip nodes it has already settled.
# A cycle of zero-weight edges (a zero-weight self loop is enough) then
# pushes the same node back onto the heap forever.
import heapq


def shortest_distances(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adj[u]:
            if d + w <= dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return [-1 if d == INF else d for d in dist]
