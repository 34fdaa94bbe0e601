# TOO SLOW: correct, but links one root under the other without looking at
# sizes, and find() never shortens paths. A sequence of unions can build a
# chain as long as the whole set, and every find on its deep end then
# walks the chain: O(n) per operation.
class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.sets = n

    def find(self, x):
        while self.parent[x] != x:
            x = self.parent[x]
        return x

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
