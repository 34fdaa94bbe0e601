# CRASH: path compression with the usual one-line recursive find, but no
# union by size. Unions can then build a chain thousands of elements long
# before any find shortens it, and the first find on its deep end recurses
# once per element: RecursionError. (With union by size, trees stay
# O(log n) deep and the recursive find would be fine.)
class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.sets = n

    def find(self, x):
        if self.parent[x] != x:
            self.parent[x] = self.find(self.parent[x])
        return self.parent[x]

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[ra] = rb
        self.size[rb] += self.size[ra]
        self.sets -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def size_of(self, a):
        return self.size[self.find(a)]

    def count(self):
        return self.sets
