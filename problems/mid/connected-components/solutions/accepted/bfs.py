from collections import defaultdict, deque


def count_components(n: int, edges: list[list[int]]) -> int:
    adj = defaultdict(set)
    for u, v in edges:
        adj[u].add(v)
        adj[v].add(u)
    seen = set()
    components = 0
    for root in range(n):
        if root in seen:
            continue
        components += 1
        seen.add(root)
        queue = deque([root])
        while queue:
            for v in adj[queue.popleft()]:
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
    return components
