# TOO SLOW: Bellman-Ford, relaxing every edge until nothing changes. Correct
# (it even handles negative weights, which this problem does not have), but
# O(n * m): a shortest path of many edges needs as many rounds.
def shortest_distances(n, edges, source):
    INF = float("inf")
    dist = [INF] * n
    dist[source] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    return [-1 if d == INF else d for d in dist]
