class TwoStackQueue:
    """New items go onto the inbox; the outbox holds the oldest items with
    the front of the queue on top. The inbox is poured into the outbox only
    when the outbox is empty, so every item is moved at most once."""

    def __init__(self):
        self._inbox = []
        self._outbox = []

    def enqueue(self, x):
        self._inbox.append(x)

    def _refill(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def dequeue(self):
        self._refill()
        if not self._outbox:
            raise IndexError("dequeue from an empty queue")
        return self._outbox.pop()

    def peek(self):
        self._refill()
        if not self._outbox:
            raise IndexError("peek at an empty queue")
        return self._outbox[-1]

    def size(self):
        return len(self._inbox) + len(self._outbox)

    def is_empty(self):
        return not self._inbox and not self._outbox
