class RateLimiter:
    """One token bucket per client, in exact integer arithmetic.

    Tokens are counted in thousandths: a rate of `rate` tokens per second
    adds exactly `rate` thousandths of a token per millisecond, so every
    quantity is an int and no rounding ever happens."""

    def __init__(self, rate, capacity):
        self.rate = rate                  # milli-tokens per ms
        self.full = capacity * 1000       # milli-tokens
        self.buckets = {}                 # client -> [milli_tokens, last_ms]

    def _refilled(self, bucket, now):
        tokens, last = bucket
        if now > last:
            tokens = min(self.full, tokens + self.rate * (now - last))
            last = now
        return tokens, last

    def allow(self, client, now, cost=1):
        bucket = self.buckets.get(client)
        if bucket is None:
            bucket = self.buckets[client] = [self.full, now]
        tokens, last = self._refilled(bucket, now)
        need = cost * 1000
        allowed = tokens >= need
        if allowed:
            tokens -= need
        bucket[0], bucket[1] = tokens, last
        return allowed

    def available(self, client, now):
        bucket = self.buckets.get(client)
        if bucket is None:
            return self.full // 1000
        return self._refilled(bucket, now)[0] // 1000
