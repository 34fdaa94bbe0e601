# TOO SLOW: refills by simulating the clock one millisecond at a time
# (`rate` thousandths of a token per tick). Exact, but a request after a
# quiet minute loops 60,000 times: O(elapsed time) per request instead of
# O(1).
class RateLimiter:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.full = capacity * 1000
        self.buckets = {}

    def _advance(self, bucket, now):
        tokens, last = bucket
        while last < now:
            last += 1
            tokens = min(self.full, tokens + self.rate)
        return tokens, last

    def allow(self, client, now, cost=1):
        bucket = self.buckets.setdefault(client, [self.full, now])
        tokens, last = self._advance(bucket, now)
        allowed = tokens >= cost * 1000
        if allowed:
            tokens -= cost * 1000
        bucket[:] = [tokens, last]
        return allowed

    def available(self, client, now):
        if client not in self.buckets:
            return self.full // 1000
        return self._advance(self.buckets[client], now)[0] // 1000
