# WRONG: bisect_right finds the first virtual node whose hash is STRICTLY
# greater than the file's hash (">" instead of ">="). A file whose hash equals
# a virtual node's hash goes to the next virtual node instead.
import bisect
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.hashes = []
        self.owner = {}

    def add_node(self, node):
        if node in self.owner.values():
            raise ValueError(node)
        for i in range(self.replicas):
            h = ring_hash(f"{node}#{i}")
            bisect.insort(self.hashes, h)
            self.owner[h] = node

    def remove_node(self, node):
        gone = [h for h, n in self.owner.items() if n == node]
        if not gone:
            raise KeyError(node)
        for h in gone:
            del self.owner[h]
        self.hashes = [h for h in self.hashes if h in self.owner]

    def node_for(self, file):
        if not self.hashes:
            raise LookupError("empty ring")
        i = bisect.bisect_right(self.hashes, ring_hash(file)) % len(self.hashes)
        return self.owner[self.hashes[i]]
