# MISTAKE: links the roots correctly but adds the sizes to the elements it
# was given instead of to the new root: size[a] += size[b]. The root's size
# is only right when a happens to be that root, so size_of() (and union by
# size, which reads the sizes) goes wrong.
class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.sets = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
            a, b = b, a
        self.parent[rb] = ra
        self.size[a] += self.size[b]   # should be size[ra] += size[rb]
        self.sets -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def size_of(self, a):
        return self.size[self.find(a)]

    def count(self):
        return self.sets
