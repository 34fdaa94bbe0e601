# TOO SLOW: get_min() scans the whole stack with min() on every call, O(n)
# per call. Correct answers (including IndexError on an empty stack, raised
# explicitly because min([]) would raise ValueError), but a big stack with
# many get_min() calls is O(n * q).
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty MinStack")
        return self.items.pop()

    def top(self):
        if not self.items:
            raise IndexError("top of an empty MinStack")
        return self.items[-1]

    def get_min(self):
        if not self.items:
            raise IndexError("get_min of an empty MinStack")
        return min(self.items)
