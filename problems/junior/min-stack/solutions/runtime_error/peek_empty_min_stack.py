# CRASH: push() compares with self.mins[-1] without checking whether the min
# stack is empty, so the very first push() raises IndexError (where None
# was expected) instead of storing the value.
class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, x):
        self.items.append(x)
        if x <= self.mins[-1]:  # mins is empty on the first push
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
