class LFUCache:
    """A cache that evicts the least frequently used entry.

    LFUCache(capacity): holds at most capacity entries (capacity may be 0).
      - get(key): the value, or None if absent; a hit is a use of the key.
      - put(key, value): sets the value (an update is a use of the key).
        Inserting a new key into a full cache first evicts the entry used
        the fewest times, the least recently used of those on a tie, and
        returns its key; otherwise put returns None.
      - size(): the number of entries.
    A key's count of uses starts at 1 when it is inserted and is forgotten
    when it is evicted. Every operation in O(1).
    """

    def __init__(self, capacity):
        raise NotImplementedError

    def get(self, key):
        pass

    def put(self, key, value):
        pass

    def size(self):
        pass
