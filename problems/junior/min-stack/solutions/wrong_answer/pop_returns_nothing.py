# MISTAKE: pop() removes the top element but forgets to return it, so every
# pop() on a non-empty stack answers None. Everything else is correct.
class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, x):
        self.items.append(x)
        if not self.mins or x <= self.mins[-1]:
            self.mins.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty MinStack")
        x = self.items.pop()
        if x == self.mins[-1]:
            self.mins.pop()

    def top(self):
        if not self.items:
            raise IndexError("top of an empty MinStack")
        return self.items[-1]

    def get_min(self):
        if not self.mins:
            raise IndexError("get_min of an empty MinStack")
        return self.mins[-1]
