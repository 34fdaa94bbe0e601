# MISTAKE: keeps a running count, and peek() is written as "dequeue, then
# put the item back on the outbox". The put-back forgets the counter, so
# every peek() makes size() one smaller (and is_empty() True too early).
class TwoStackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []
        self.count = 0

    def enqueue(self, x):
        self.inbox.append(x)
        self.count += 1

    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        if not self.outbox:
            raise IndexError("dequeue from an empty queue")
        self.count -= 1
        return self.outbox.pop()

    def peek(self):
        x = self.dequeue()
        self.outbox.append(x)  # back on top, but count stays decremented
        return x

    def size(self):
        return self.count

    def is_empty(self):
        return self.count == 0
