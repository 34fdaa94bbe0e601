import bisect
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    """Removal only marks a node dead: its virtual nodes stay on the ring
    and every lookup walks past them. Right answers, but after many nodes
    have come and gone the ring is mostly dead and each lookup is a scan."""

    def __init__(self, replicas):
        self.replicas = replicas
        self.points = []  # sorted (hash, node), dead ones included
        self.alive = set()
        self.ever = set()

    def add_node(self, node):
        if node in self.alive:
            raise ValueError("node %r is already on the ring" % node)
        self.alive.add(node)
        if node not in self.ever:
            self.ever.add(node)
            for i in range(self.replicas):
                bisect.insort(self.points, (ring_hash(f"{node}#{i}"), node))

    def remove_node(self, node):
        if node not in self.alive:
            raise KeyError(node)
        self.alive.remove(node)

    def node_for(self, file):
        if not self.alive:
            raise LookupError("the ring has no nodes")
        at = bisect.bisect_left(self.points, (ring_hash(file),))
        n = len(self.points)
        while True:
            owner = self.points[at % n][1]
            if owner in self.alive:
                return owner
            at += 1
