# MISTAKE: counts tokens in floating point. rate / 1000 (tokens per ms) is
# not exact in binary, and a bucket that is topped up by many small
# refills drifts: after exactly 500 ms at 6 tokens per second it holds
# 2.9999999999999996 tokens, not 3, and a request for 3 is refused.
class RateLimiter:
    def __init__(self, rate, capacity):
        self.per_ms = rate / 1000
        self.capacity = float(capacity)
        self.buckets = {}

    def _refill(self, client, now):
        tokens, last = self.buckets[client]
        if now > last:
            tokens = min(self.capacity, tokens + (now - last) * self.per_ms)
            last = now
        return tokens, last

    def allow(self, client, now, cost=1):
        if client not in self.buckets:
            self.buckets[client] = (self.capacity, now)
        tokens, last = self._refill(client, now)
        if tokens >= cost:
            self.buckets[client] = (tokens - cost, last)
            return True
        self.buckets[client] = (tokens, last)
        return False

    def available(self, client, now):
        if client not in self.buckets:
            return int(self.capacity)
        return int(self._refill(client, now)[0])
