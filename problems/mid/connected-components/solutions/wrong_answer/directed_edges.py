# Mistake: stores each edge in one direction only (u -> v), so a search can
# miss vertices that are reached only "backwards" along an edge: [1, 0]
# leaves 0 and 1 looking like two components when 0 is searched first.
def count_components(n: int, edges: list[list[int]]) -> int:
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
    seen = [False] * n
    components = 0
    for root in range(n):
        if seen[root]:
            continue
        components += 1
        seen[root] = True
        stack = [root]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = True
                    stack.append(v)
    return components
