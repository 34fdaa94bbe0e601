# TOO SLOW: keeps the virtual nodes in a dict and sorts all their positions
# on every lookup: O(V log V) per node_for. Correct answers.
import bisect
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.owner = {}
        self.nodes = set()

    def add_node(self, node):
        if node in self.nodes:
            raise ValueError(node)
        self.nodes.add(node)
        for i in range(self.replicas):
            self.owner[ring_hash(f"{node}#{i}")] = node

    def remove_node(self, node):
        if node not in self.nodes:
            raise KeyError(node)
        self.nodes.remove(node)
        for i in range(self.replicas):
            del self.owner[ring_hash(f"{node}#{i}")]

    def node_for(self, file):
        if not self.owner:
            raise LookupError("empty ring")
        points = sorted(self.owner)
        at = bisect.bisect_left(points, ring_hash(file)) % len(points)
        return self.owner[points[at]]
