# MISTAKE: forgets to cap the refill at capacity. A client that was idle
# for a long time banks all the tokens of its idle time and can then burst
# far beyond the bucket's size.
class RateLimiter:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.full = capacity * 1000
        self.buckets = {}

    def _refilled(self, bucket, now):
        tokens, last = bucket
        if now > last:
            tokens = tokens + self.rate * (now - last)   # no min(full, ...)
            last = now
        return tokens, last

    def allow(self, client, now, cost=1):
        bucket = self.buckets.setdefault(client, [self.full, now])
        tokens, last = self._refilled(bucket, now)
        allowed = tokens >= cost * 1000
        if allowed:
            tokens -= cost * 1000
        bucket[:] = [tokens, last]
        return allowed

    def available(self, client, now):
        if client not in self.buckets:
            return self.full // 1000
        return self._refilled(self.buckets[client], now)[0] // 1000
