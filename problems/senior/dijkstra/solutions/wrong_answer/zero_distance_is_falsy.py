# MISTAKE: uses None for "not reached yet" and tests it with `not dist[v]`.
# A distance of 0 is falsy too, so a node at distance 0 (the source, or any
# node reached over zero-weight edges) looks unreached, and the next edge
# into it overwrites its 0 with a longer distance, even after it is settled.
import heapq


def shortest_distances(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [None] * n
    dist[source] = 0
    settled = [False] * n
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if settled[u]:
            continue
        settled[u] = True
        for v, w in adj[u]:
            if not dist[v] or d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return [-1 if d is None else d for d in dist]
