class MinStack:
    """One stack of (value, minimum of everything up to and including it)."""

    def __init__(self):
        self._data = []

    def push(self, x):
        if self._data:
            current = self._data[-1][1]
            self._data.append((x, x if x < current else current))
        else:
            self._data.append((x, x))

    def pop(self):
        if not self._data:
            raise IndexError("pop from an empty MinStack")
        return self._data.pop()[0]

    def top(self):
        if not self._data:
            raise IndexError("top of an empty MinStack")
        return self._data[-1][0]

    def get_min(self):
        if not self._data:
            raise IndexError("get_min of an empty MinStack")
        return self._data[-1][1]

    def __len__(self):
        return len(self._data)
