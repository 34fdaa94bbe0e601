# MISTAKE: a plain BFS. A node's distance is fixed the first time it is
# discovered, i.e. along the path with the fewest EDGES; a path with more
# edges but a smaller total weight is never considered.
from collections import deque


def shortest_distances(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v, w in adj[u]:
            if dist[v] == -1:
                dist[v] = dist[u] + w
                queue.append(v)
    return dist
