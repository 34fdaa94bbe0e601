class DisjointSet:
    """One array: parent[x] is x's parent, or -(size of the set) when x is
    a root. Union by size, path halving in find."""

    def __init__(self, n):
        self._p = [-1] * n
        self._count = n

    def _find(self, x):
        p = self._p
        while p[x] >= 0:
            if p[p[x]] >= 0:
                p[x] = p[p[x]]      # point x at its grandparent
            x = p[x]
        return x

    def union(self, a, b):
        a, b = self._find(a), self._find(b)
        if a == b:
            return False
        p = self._p
        if p[a] > p[b]:             # a's set is smaller (sizes are negative)
            a, b = b, a
        p[a] += p[b]
        p[b] = a
        self._count -= 1
        return True

    def connected(self, a, b):
        return self._find(a) == self._find(b)

    def size_of(self, a):
        return -self._p[self._find(a)]

    def count(self):
        return self._count
