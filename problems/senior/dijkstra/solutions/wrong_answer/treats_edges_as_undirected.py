# MISTAKE: adds every edge in both directions. The edges are one-way: a
# node that can only reach the source (not be reached from it) comes out
# reachable, and some distances come out too short.
import heapq


def shortest_distances(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return [-1 if d == INF else d for d in dist]
