# WRONG: adding a node that is already on the ring is silently accepted (its
# virtual nodes go in twice) instead of raising ValueError; removing it then
# takes only one copy off.
import bisect
import hashlib


def ring_hash(s):
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, replicas):
        self.replicas = replicas
        self.ring = []  # sorted (hash, node)

    def add_node(self, node):
        for i in range(self.replicas):
            bisect.insort(self.ring, (ring_hash(f"{node}#{i}"), node))

    def remove_node(self, node):
        found = False
        for i in range(self.replicas):
            entry = (ring_hash(f"{node}#{i}"), node)
            at = bisect.bisect_left(self.ring, entry)
            if at < len(self.ring) and self.ring[at] == entry:
                del self.ring[at]
                found = True
        if not found:
            raise KeyError(node)

    def node_for(self, file):
        if not self.ring:
            raise LookupError("empty ring")
        at = bisect.bisect_left(self.ring, (ring_hash(file),))
        return self.ring[at % len(self.ring)][1]
