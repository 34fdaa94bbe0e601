class HashRing:
    """Places files on storage nodes with a hash ring and virtual nodes.

    h(s) = int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big")
    Node `n` owns the virtual nodes f"{n}#{i}" for i in range(replicas).
    A file goes to the virtual node with the smallest hash >= h(file),
    wrapping around to the smallest hash of all.
    """

    def __init__(self, replicas):
        """Creates an empty ring; every node will get `replicas` virtual nodes."""
        pass

    def add_node(self, node):
        """Adds a storage node. Raises ValueError if it is already there."""
        pass

    def remove_node(self, node):
        """Removes a storage node. Raises KeyError if it is not there."""
        pass

    def node_for(self, file):
        """Returns the name of the node that stores `file`.

        Raises LookupError if the ring has no nodes.
        """
        pass
