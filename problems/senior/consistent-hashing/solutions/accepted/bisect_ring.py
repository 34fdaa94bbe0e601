import bisect
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    """Two parallel sorted lists: virtual-node hashes and their owners."""

    def __init__(self, replicas):
        self.replicas = replicas
        self.hashes = []
        self.owners = []
        self.nodes = set()

    def add_node(self, node):
        if node in self.nodes:
            raise ValueError("node %r is already on the ring" % node)
        self.nodes.add(node)
        for i in range(self.replicas):
            h = ring_hash(f"{node}#{i}")
            at = bisect.bisect_left(self.hashes, h)
            self.hashes.insert(at, h)
            self.owners.insert(at, node)

    def remove_node(self, node):
        if node not in self.nodes:
            raise KeyError(node)
        self.nodes.remove(node)
        keep = [i for i, owner in enumerate(self.owners) if owner != node]
        self.hashes = [self.hashes[i] for i in keep]
        self.owners = [self.owners[i] for i in keep]

    def node_for(self, file):
        if not self.hashes:
            raise LookupError("the ring has no nodes")
        at = bisect.bisect_left(self.hashes, ring_hash(file))
        if at == len(self.hashes):
            at = 0  # past the last virtual node: wrap around
        return self.owners[at]
