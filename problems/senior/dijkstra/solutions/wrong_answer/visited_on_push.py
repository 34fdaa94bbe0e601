# MISTAKE: marks a node visited when it is first PUSHED instead of when it
# is popped. Its distance is frozen at the first offer, so a shorter path
# found later (through a node that is popped after it was pushed) is ignored.
import heapq


def shortest_distances(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    dist[source] = 0
    visited = {source}
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adj[u]:
            if v not in visited:
                visited.add(v)
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist
