# MISTAKE: always sets the bucket's clock to `now`. When a late request
# arrives with an earlier time the refill is skipped (good), but the clock
# moves back, so the next request is refilled again for time the bucket
# has already been paid for.
class RateLimiter:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.full = capacity * 1000
        self.buckets = {}

    def allow(self, client, now, cost=1):
        bucket = self.buckets.setdefault(client, [self.full, now])
        tokens, last = bucket
        if now > last:
            tokens = min(self.full, tokens + self.rate * (now - last))
        last = now                    # should be max(last, now)
        allowed = tokens >= cost * 1000
        if allowed:
            tokens -= cost * 1000
        bucket[:] = [tokens, last]
        return allowed

    def available(self, client, now):
        if client not in self.buckets:
            return self.full // 1000
        tokens, last = self.buckets[client]
        if now > last:
            tokens = min(self.full, tokens + self.rate * (now - last))
        return tokens // 1000
