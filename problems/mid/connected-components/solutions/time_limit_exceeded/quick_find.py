# Correct, but "quick-find": each merge relabels by scanning all n vertices,
# so it is O(n * m) instead of O(n + m).
def count_components(n: int, edges: list[list[int]]) -> int:
    label = list(range(n))
    for u, v in edges:
        a, b = label[u], label[v]
        if a != b:
            for i in range(n):
                if label[i] == b:
                    label[i] = a
    return len(set(label))
