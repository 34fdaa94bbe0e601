# MISTAKE: one bucket shared by every client. The limit is meant per
# client; with one bucket, a busy client uses up everybody's tokens.
class RateLimiter:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.full = capacity * 1000
        self.tokens = self.full
        self.last = None

    def _refill(self, now):
        if self.last is None:
            self.last = now
        elif now > self.last:
            self.tokens = min(self.full, self.tokens + self.rate * (now - self.last))
            self.last = now

    def allow(self, client, now, cost=1):
        self._refill(now)
        if self.tokens >= cost * 1000:
            self.tokens -= cost * 1000
            return True
        return False

    def available(self, client, now):
        self._refill(now)
        return self.tokens // 1000
