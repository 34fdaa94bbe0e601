# WRONG: remove_node forgets the node's name but leaves its virtual nodes on
# the ring, so files keep being sent to a node that is gone.
import bisect
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.hashes = []
        self.owners = []
        self.nodes = set()

    def add_node(self, node):
        if node in self.nodes:
            raise ValueError(node)
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

    def node_for(self, file):
        if not self.hashes:
            raise LookupError("empty ring")
        at = bisect.bisect_left(self.hashes, ring_hash(file))
        return self.owners[at % len(self.hashes)]
