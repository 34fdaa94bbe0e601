class Point:
    """A 2-D point with integer coordinates, small in memory.

    __slots__ replaces the per-instance __dict__ (and __weakref__) with two
    fixed fields: about 48 bytes an instance instead of about 100."""

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
    # A subclass needs __slots__ of its own, or its instances get a
    # __dict__ again. It lists only the new field: x and y are inherited.
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
