# A recursive DFS: right on small graphs, but a long path makes the recursion
# as deep as the path and Python stops it at its recursion limit (about 1000
# frames by default) with a RecursionError.
def count_components(n: int, edges: list[list[int]]) -> int:
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    seen = [False] * n

    def dfs(u):
        seen[u] = True
        for v in adj[u]:
            if not seen[v]:
                dfs(v)

    components = 0
    for u in range(n):
        if not seen[u]:
            components += 1
            dfs(u)
    return components
