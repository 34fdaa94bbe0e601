def count_components(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))
    size = [1] * n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    components = n
    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru == rv:  # self-loop, duplicate edge or cycle: nothing new joined
            continue
        if size[ru] < size[rv]:
            ru, rv = rv, ru
        parent[rv] = ru
        size[ru] += size[rv]
        components -= 1
    return components
