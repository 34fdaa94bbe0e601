# MISTAKE: adds "__dict__" to __slots__ "to keep the class flexible". The
# two coordinates are slots, but every instance can grow a __dict__ again,
# so undeclared attributes are silently accepted. And the saving is gone:
# in CPython 3.11 a class whose instances have a __dict__ (by __slots__ or
# not) reserves room for the instance's attribute values when the instance
# is created, so a million of these cost about as much as plain objects.
class Point:
    __slots__ = ("x", "y", "__dict__")

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
        return f"{type(self).__name__}{self._coords()}"


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def _coords(self):
        return (self.x, self.y, self.z)
