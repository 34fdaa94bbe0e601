# TOO SLOW: node_for walks the sorted ring from the start until it finds the
# first virtual node at or after the file's hash: O(V) per lookup instead of
# O(log V) with binary search. Correct answers.
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
        self.ring.extend((ring_hash(f"{node}#{i}"), node) for i in range(self.replicas))
        self.ring.sort()

    def remove_node(self, node):
        if node not in self.nodes:
            raise KeyError(node)
        self.nodes.remove(node)
        self.ring = [(h, n) for h, n in self.ring if n != node]

    def node_for(self, file):
        if not self.ring:
            raise LookupError("empty ring")
        h = ring_hash(file)
        for point, node in self.ring:
            if point >= h:
                return node
        return self.ring[0][1]
