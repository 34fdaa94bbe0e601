class MinStack:
    """Two stacks: the values, and beside them the minimums seen so far.

    mins[-1] is always the minimum of items. A value goes onto mins when it is
    <= the current minimum (<= so that duplicates of the minimum each get
    their own entry), and comes off mins when it is popped from items.
    """

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
        return x

    def top(self):
        if not self.items:
            raise IndexError("top of an empty MinStack")
        return self.items[-1]

    def get_min(self):
        if not self.mins:
            raise IndexError("get_min of an empty MinStack")
        return self.mins[-1]

    def __len__(self):
        return len(self.items)
