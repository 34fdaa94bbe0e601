# Mistake: builds the graph from the edge list alone, so a vertex that has no
# edges at all never shows up and is not counted as a component of its own.
from collections import defaultdict


def count_components(n: int, edges: list[list[int]]) -> int:
    adj = defaultdict(list)
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    seen = set()
    components = 0
    for root in list(adj):
        if root in seen:
            continue
        components += 1
        seen.add(root)
        stack = [root]
        while stack:
            for v in adj[stack.pop()]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
    return components
