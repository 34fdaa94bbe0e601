# MISTAKE: the minimum is kept in one variable, updated on push but never
# restored on pop. After the minimum is popped, get_min() still reports it
# (and keeps reporting it even after the stack was emptied and refilled with
# larger values). Never crashes: every answer is just a wrong value.
class MinStack:
    def __init__(self):
        self.items = []
        self.min = None

    def push(self, x):
        self.items.append(x)
        if self.min is None or x < self.min:
            self.min = x

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
        return self.min
