# TOO SLOW: "quick find": label[x] names x's set, so connected() is O(1),
# but union() relabels by scanning all n elements: O(n) per union.
class DisjointSet:
    def __init__(self, n):
        self.label = list(range(n))
        self.size = [1] * n
        self.sets = n

    def union(self, a, b):
        la, lb = self.label[a], self.label[b]
        if la == lb:
            return False
        for i in range(len(self.label)):
            if self.label[i] == la:
                self.label[i] = lb
        self.size[lb] += self.size[la]
        self.sets -= 1
        return True

    def connected(self, a, b):
        return self.label[a] == self.label[b]

    def size_of(self, a):
        return self.size[self.label[a]]

    def count(self):
        return self.sets
