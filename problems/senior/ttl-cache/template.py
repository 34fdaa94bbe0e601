class TTLCache:
    """A cache of at most `capacity` live entries; each entry expires `ttl`
    time units after it was last put. Every method gets the current time
    `now` (an int; never smaller than in the previous call).

    An entry put at time t is live while now < t + ttl.
    """

    def __init__(self, capacity, ttl):
        pass

    def get(self, key, now):
        """The key's value if it is live (and the key becomes the most
        recently used), else None. Does not extend the entry's life."""
        raise NotImplementedError

    def put(self, key, value, now):
        """Stores the value; the entry lives until now + ttl and becomes the
        most recently used. When a new key finds `capacity` live entries,
        the least recently used live entry is evicted. Returns the evicted
        key, or None."""
        raise NotImplementedError

    def size(self, now):
        """The number of live entries."""
        raise NotImplementedError
