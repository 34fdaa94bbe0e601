# TOO SLOW: textbook "array" Dijkstra. Each step scans every node for the
# closest unsettled one, so it is O(n^2) whatever the number of edges:
# fine for dense graphs, ~10^8 steps on a sparse graph with 10^4 nodes.
def shortest_distances(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    done = [False] * n
    for _ in range(n):
        u, best = -1, INF
        for v in range(n):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u == -1:
            break  # everything left is unreachable
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return [-1 if d == INF else d for d in dist]
