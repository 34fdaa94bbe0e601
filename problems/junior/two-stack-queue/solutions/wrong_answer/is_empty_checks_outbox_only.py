# MISTAKE: is_empty() looks only at the outbox. Right after enqueue() the
# items are all in the inbox, so a queue holding items reports it is empty
# until the first dequeue() or peek() moves them over.
class TwoStackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, x):
        self.inbox.append(x)

    def _refill(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def dequeue(self):
        self._refill()
        if not self.outbox:
            raise IndexError("dequeue from an empty queue")
        return self.outbox.pop()

    def peek(self):
        self._refill()
        if not self.outbox:
            raise IndexError("peek at an empty queue")
        return self.outbox[-1]

    def size(self):
        return len(self.inbox) + len(self.outbox)

    def is_empty(self):
        return not self.outbox  # forgets the inbox
