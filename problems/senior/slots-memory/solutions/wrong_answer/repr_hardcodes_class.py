# MISTAKE: the repr hard-codes "Point" and the two coordinates. Point3
# inherits it, so repr(Point3(1, 2, 3)) is "Point(1, 2)".
class Point:
    __slots__ = ("x", "y")

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
        return hash(self._coords())

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
