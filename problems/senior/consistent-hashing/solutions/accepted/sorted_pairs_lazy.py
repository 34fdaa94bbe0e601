from bisect import bisect_left
from hashlib import sha256


def position(key):
    return int.from_bytes(sha256(key.encode()).digest()[:8], "big")


class HashRing:
    """A dict of virtual-node position -> node, with a sorted list of the
    positions rebuilt only when the membership has changed since the last
    lookup."""

    def __init__(self, replicas):
        self.replicas = replicas
        self.owner = {}
        self.members = set()
        self.points = None

    def _vnodes(self, node):
        return [position(f"{node}#{i}") for i in range(self.replicas)]

    def add_node(self, node):
        if node in self.members:
            raise ValueError(f"duplicate node {node!r}")
        self.members.add(node)
        for p in self._vnodes(node):
            self.owner[p] = node
        self.points = None

    def remove_node(self, node):
        if node not in self.members:
            raise KeyError(node)
        self.members.discard(node)
        for p in self._vnodes(node):
            del self.owner[p]
        self.points = None

    def node_for(self, file):
        if not self.owner:
            raise LookupError("empty ring")
        if self.points is None:
            self.points = sorted(self.owner)
        i = bisect_left(self.points, position(file)) % len(self.points)
        return self.owner[self.points[i]]
