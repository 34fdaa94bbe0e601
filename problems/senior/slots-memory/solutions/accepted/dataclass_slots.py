from dataclasses import dataclass


# slots=True makes dataclass build the class with __slots__ for its fields
# (for Point3, only the new field z: x and y come from Point's slots).
# eq=True compares field tuples of objects of exactly the same class;
# unsafe_hash=True adds a matching __hash__ (a mutable dataclass gets none
# by default). The repr is written by hand: the generated one says
# "Point(x=1, y=2)".
@dataclass(slots=True, unsafe_hash=True, repr=False)
class Point:
    x: int
    y: int

    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"


@dataclass(slots=True, unsafe_hash=True, repr=False)
class Point3(Point):
    z: int

    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r}, {self.z!r})"
