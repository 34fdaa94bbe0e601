# MISTAKE: union() sets parent[a] = b on the elements themselves instead of
# linking their roots. a's old parent link is overwritten, so the part of
# a's set above a is cut off from it: sets split instead of merging.
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
        self.parent[a] = b              # should be parent[ra] = rb
        self.size[rb] += self.size[ra]
        self.sets -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def size_of(self, a):
        return self.size[self.find(a)]

    def count(self):
        return self.sets
