# MISTAKE: dequeue() and peek() pour the inbox into the outbox every time,
# even when the outbox still holds older items. The newer items land on top
# of the older ones and come out first: enqueue 1, 2; dequeue -> 1;
# enqueue 3; dequeue -> 3 instead of 2.
class TwoStackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, x):
        self.inbox.append(x)

    def _pour(self):
        while self.inbox:  # should only happen when the outbox is empty
            self.outbox.append(self.inbox.pop())

    def dequeue(self):
        self._pour()
        if not self.outbox:
            raise IndexError("dequeue from an empty queue")
        return self.outbox.pop()

    def peek(self):
        self._pour()
        if not self.outbox:
            raise IndexError("peek at an empty queue")
        return self.outbox[-1]

    def size(self):
        return len(self.inbox) + len(self.outbox)

    def is_empty(self):
        return self.size() == 0
