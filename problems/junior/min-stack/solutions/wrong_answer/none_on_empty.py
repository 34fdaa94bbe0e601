# MISTAKE: on an empty stack pop(), top() and get_min() return None instead
# of raising IndexError. The O(1) two-stack logic is otherwise right; the
# tests that expect IndexError get None back, which is a wrong answer.
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
            return None
        x = self.items.pop()
        if x == self.mins[-1]:
            self.mins.pop()
        return x

    def top(self):
        if not self.items:
            return None
        return self.items[-1]

    def get_min(self):
        if not self.mins:
            return None
        return self.mins[-1]
