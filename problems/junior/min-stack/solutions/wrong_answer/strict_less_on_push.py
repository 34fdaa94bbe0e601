# MISTAKE: a value goes onto the min stack only when it is strictly smaller
# than the current minimum (< instead of <=). Pushing the minimum twice
# records it once, so popping the first copy also drops it from the min
# stack and get_min() then reports a larger value (or the sentinel inf when
# nothing is left on the min stack) although a copy is still in the stack.
# The sentinel means mins[-1] always exists, so this never crashes.
class MinStack:
    def __init__(self):
        self.items = []
        self.mins = [float("inf")]  # sentinel: mins[-1] always exists

    def push(self, x):
        self.items.append(x)
        if x < self.mins[-1]:  # should be <=
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
        if not self.items:
            raise IndexError("get_min of an empty MinStack")
        return self.mins[-1]
