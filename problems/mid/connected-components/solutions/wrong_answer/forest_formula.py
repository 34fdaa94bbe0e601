# Mistake: assumes the graph is a forest (no cycles, no repeated edges, no
# self-loops), where components = vertices - edges.
def count_components(n: int, edges: list[list[int]]) -> int:
    return n - len(edges)
