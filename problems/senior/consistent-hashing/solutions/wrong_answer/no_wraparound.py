# WRONG: no wrap-around. A file whose hash is past the last virtual node is
# given to the LAST virtual node (the index is clamped) instead of going round
# the ring to the first one.
import bisect
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.ring = []  # sorted (hash, node)
        self.nodes = set()

    def add_node(self, node):
        if node in self.nodes:
            raise ValueError(node)
        self.nodes.add(node)
        for i in range(self.replicas):
            bisect.insort(self.ring, (ring_hash(f"{node}#{i}"), node))

    def remove_node(self, node):
        if node not in self.nodes:
            raise KeyError(node)
        self.nodes.remove(node)
        self.ring = [(h, n) for h, n in self.ring if n != node]

    def node_for(self, file):
        if not self.ring:
            raise LookupError("empty ring")
        i = bisect.bisect_left(self.ring, (ring_hash(file),))
        i = min(i, len(self.ring) - 1)
        return self.ring[i][1]
