# Mistake: union-find that lowers the count for every edge, even when both
# ends already share a root. A self-loop, a repeated edge or an edge that
# closes a cycle then "merges" nothing and the count drops too far.
def count_components(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = n
    for u, v in edges:
        parent[find(u)] = find(v)
        components -= 1
    return components
