# MISTAKE: Point has __slots__, but Point3 does not declare its own, so
# Point3 instances get a __dict__ (and a __weakref__ slot) back: z lives in
# that dict, undeclared attributes are accepted, and every Point3 costs
# roughly twice the memory it should.
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
        return hash((type(self).__name__, self._coords()))

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self._coords()))})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
