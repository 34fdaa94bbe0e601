class DisjointSet:
    """The elements 0 .. n-1, split into disjoint sets (at first, every
    element is a set of its own).

    Every operation must run in amortized O(log n) time or better.
    """

    def __init__(self, n):
        """Creates n singleton sets {0}, {1}, ..., {n-1}."""
        pass

    def union(self, a, b):
        """Merges the sets of a and b. Returns True if they were different
        sets, False if a and b were already in the same set."""
        raise NotImplementedError

    def connected(self, a, b):
        """Returns True if a and b are in the same set."""
        raise NotImplementedError

    def size_of(self, a):
        """Returns the number of elements in a's set."""
        raise NotImplementedError

    def count(self):
        """Returns the number of sets."""
        raise NotImplementedError
