# MISTAKE: pushes (node, distance) instead of (distance, node). The heap
# then pops the smallest node NUMBER, not the closest node, and a node is
# settled (never looked at again) before its shortest distance is known.
import heapq


def shortest_distances(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    settled = [False] * n
    heap = [(source, 0)]
    while heap:
        u, d = heapq.heappop(heap)
        if settled[u]:
            continue
        settled[u] = True
        dist[u] = d
        for v, w in adj[u]:
            if not settled[v]:
                heapq.heappush(heap, (v, d + w))
    return dist
