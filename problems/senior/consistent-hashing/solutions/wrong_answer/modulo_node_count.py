# WRONG: plain "hash mod N" over the sorted node list instead of a ring. It
# spreads files evenly, but almost every file moves when a node joins or
# leaves, and it is not the placement the ring defines.
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, replicas):
        self.nodes = []

    def add_node(self, node):
        if node in self.nodes:
            raise ValueError(node)
        self.nodes.append(node)
        self.nodes.sort()

    def remove_node(self, node):
        if node not in self.nodes:
            raise KeyError(node)
        self.nodes.remove(node)

    def node_for(self, file):
        if not self.nodes:
            raise LookupError("empty ring")
        return self.nodes[ring_hash(file) % len(self.nodes)]
