# Correct, but union-find with neither path compression nor union by size:
# trees can grow into long chains, and each find walks the whole chain.
def count_components(n: int, edges: list[list[int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    components = n
    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            components -= 1
    return components
