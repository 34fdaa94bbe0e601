# TOO SLOW: keeps every item in one stack and, for each dequeue() or peek(),
# pours the whole stack into the other one to reach the bottom, then pours
# everything back. Correct, but O(n) per operation: a long queue with many
# dequeues is O(n * q).
class TwoStackQueue:
    def __init__(self):
        self.main = []
        self.tmp = []

    def enqueue(self, x):
        self.main.append(x)

    def _take_front(self, remove):
        if not self.main:
            raise IndexError("the queue is empty")
        while self.main:
            self.tmp.append(self.main.pop())
        front = self.tmp.pop() if remove else self.tmp[-1]
        while self.tmp:
            self.main.append(self.tmp.pop())
        return front

    def dequeue(self):
        return self._take_front(True)

    def peek(self):
        return self._take_front(False)

    def size(self):
        return len(self.main)

    def is_empty(self):
        return not self.main
