# MISTAKE: defines __eq__ but not __hash__. A class that defines __eq__
# gets __hash__ = None, so its instances cannot go into a set or be dict
# keys: hash(Point(1, 2)) raises TypeError.
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

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self._coords()))})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
