class TwoStackQueue:
    def __init__(self):
        self.back = []    # newest item on top
        self.front = []   # oldest item on top

    def enqueue(self, x):
        self.back.append(x)

    def _front(self):
        if not self.front:
            if not self.back:
                raise IndexError("the queue is empty")
            # the whole back stack, reversed, in one step: amortized O(1)
            self.front = self.back[::-1]
            self.back = []
        return self.front

    def dequeue(self):
        return self._front().pop()

    def peek(self):
        return self._front()[-1]

    def size(self):
        return len(self.front) + len(self.back)

    def is_empty(self):
        return self.size() == 0
