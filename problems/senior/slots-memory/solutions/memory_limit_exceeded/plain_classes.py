# MISTAKE: ordinary classes. Correct in every behaviour but two: each
# instance carries a __dict__ (so undeclared attributes are accepted), and
# a million of them need about twice the memory of slotted ones, which is
# over the limit.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def _coords(self):
        return (self.x, self.y)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._coords() == other._coords()

    def __hash__(self):
        return hash((type(self).__name__, self._coords()))

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self._coords()))})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
