# MISTAKE: __eq__ and __hash__ live in Point only and look at x and y with
# isinstance(). Point3 inherits them: Point3(1, 2, 3) == Point3(1, 2, 4),
# and a Point equals a Point3 with the same x and y.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x!r}, {self.y!r}, {self.z!r})"
