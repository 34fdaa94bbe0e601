from fractions import Fraction


class TokenBucket:
    """A single bucket: `rate` tokens per second, at most `capacity`."""

    __slots__ = ("rate", "capacity", "tokens", "last")

    def __init__(self, rate, capacity, now):
        self.rate = rate              # tokens per millisecond, a Fraction
        self.capacity = capacity
        self.tokens = capacity        # an int until the first partial refill
        self.last = now

    def peek(self, now):
        if now <= self.last:          # time went back (or stood still): no refill
            return self.tokens
        if self.tokens == self.capacity:
            return self.tokens        # full stays full
        return min(self.capacity, self.tokens + self.rate * (now - self.last))

    def take(self, now, cost):
        self.tokens = self.peek(now)
        self.last = max(self.last, now)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class RateLimiter:
    def __init__(self, rate, capacity):
        self.rate = Fraction(rate, 1000)
        self.capacity = capacity
        self.buckets = {}

    def allow(self, client, now, cost=1):
        bucket = self.buckets.get(client)
        if bucket is None:
            bucket = self.buckets[client] = TokenBucket(self.rate, self.capacity, now)
        return bucket.take(now, cost)

    def available(self, client, now):
        bucket = self.buckets.get(client)
        if bucket is None:
            return self.capacity
        return int(bucket.peek(now))   # floor: tokens are never negative
