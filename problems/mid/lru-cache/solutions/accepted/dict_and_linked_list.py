class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    """A dict from key to node, and a doubly linked list of the nodes in usage
    order between two sentinels: head.next is the least recently used node,
    tail.prev the most recently used one."""

    def __init__(self, capacity):
        if capacity < 0:
            raise ValueError("capacity must be >= 0, got %r" % (capacity,))
        self._capacity = capacity
        self._nodes = {}
        self._head = _Node()
        self._tail = _Node()
        self._head.next = self._tail
        self._tail.prev = self._head

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node):
        last = self._tail.prev
        last.next = node
        node.prev = last
        node.next = self._tail
        self._tail.prev = node

    def get(self, key, default=None):
        node = self._nodes.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key, value):
        if self._capacity == 0:
            return
        node = self._nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self._nodes) == self._capacity:
            oldest = self._head.next
            self._unlink(oldest)
            del self._nodes[oldest.key]
        node = _Node(key, value)
        self._nodes[key] = node
        self._append(node)

    def __len__(self):
        return len(self._nodes)
