class LRUCache:
    """A fixed-size key-value cache that evicts the least recently used key.

    get, put and len must each run in O(1) time.
    """

    def __init__(self, capacity):
        """Creates an empty cache that holds at most `capacity` entries.

        Raises ValueError if capacity is negative. A capacity of 0 is allowed:
        such a cache never stores anything.
        """
        pass

    def get(self, key, default=None):
        """Returns the value stored for key and marks key as the most recently
        used. If key is not in the cache, returns default (and changes
        nothing).
        """
        raise NotImplementedError

    def put(self, key, value):
        """Stores value under key (replacing any old value) and marks key as
        the most recently used. If a new key does not fit, first evicts the
        least recently used key. Returns None.
        """
        raise NotImplementedError

    def __len__(self):
        """Returns the number of entries currently in the cache."""
        raise NotImplementedError
