# MISTAKE: lets a request through whenever the bucket is not empty
# (tokens > 0) and then subtracts the full cost, going into debt. A
# request for 3 tokens passes with 1 token left, and the debt is then paid
# back by later refills.
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
        allowed = tokens > 0          # should be tokens >= cost
        if allowed:
            tokens -= cost * 1000
        bucket[:] = [tokens, last]
        return allowed

    def available(self, client, now):
        if client not in self.buckets:
            return self.full // 1000
        return max(0, self._refilled(self.buckets[client], now)[0] // 1000)
