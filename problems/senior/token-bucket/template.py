class RateLimiter:
    """Per-client token buckets.

    RateLimiter(rate, capacity): every client has a bucket holding at most
    `capacity` tokens, created full at the client's first request, and
    refilled continuously at `rate` tokens per second. Times `now` are
    integer milliseconds.
    """

    def __init__(self, rate, capacity):
        pass

    def allow(self, client, now, cost=1):
        """Refill the client's bucket up to `now`, then take `cost` tokens
        and return True if it holds at least that many; otherwise take
        nothing and return False."""
        raise NotImplementedError

    def available(self, client, now):
        """The number of whole tokens the client's bucket holds at `now`
        (capacity for a client never seen). Changes nothing."""
        raise NotImplementedError
