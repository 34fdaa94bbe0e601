class IdentityCache:
    """Caches compute(obj) for each object, without keeping objects alive.

    IdentityCache(compute): compute is a function of one object.
      - get(obj) returns compute(obj), calling compute only the first time
        for each object (objects are told apart by identity, not by ==;
        some of them are unhashable). If compute raises, the exception
        propagates and nothing is cached.
      - The cache must not keep an object alive: once nothing else refers
        to it, it can be freed, and its entry goes away with it.
      - len(cache) is the number of entries of objects still alive.
    """

    def __init__(self, compute):
        raise NotImplementedError

    def get(self, obj):
        pass

    def __len__(self):
        pass
