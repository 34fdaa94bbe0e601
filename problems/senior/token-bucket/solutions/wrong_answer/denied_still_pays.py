# MISTAKE: takes the tokens first and checks afterwards, clamping at zero:
# a refused request still empties the bucket, so a client that keeps
# retrying too early never gets through.
class RateLimiter:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.full = capacity * 1000
        self.buckets = {}

    def _refilled(self, bucket, now):
        tokens, last = bucket
        if now > last:
            tokens = min(self.full, tokens + self.rate * (now - last))
            last = now
        return tokens, last

    def allow(self, client, now, cost=1):
        bucket = self.buckets.setdefault(client, [self.full, now])
        tokens, last = self._refilled(bucket, now)
        remaining = tokens - cost * 1000
        bucket[:] = [max(0, remaining), last]
        return remaining >= 0

    def available(self, client, now):
        if client not in self.buckets:
            return self.full // 1000
        return self._refilled(self.buckets[client], now)[0] // 1000
