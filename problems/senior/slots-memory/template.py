class Point:
    """A point with integer coordinates x and y, compact in memory.

    Point(x, y): x and y can be read and assigned; no other attribute can
    be set. Points are equal when they are of exactly the same class and
    have the same coordinates; equal points hash alike.
    repr(Point(1, -2)) == "Point(1, -2)".
    """

    def __init__(self, x, y):
        raise NotImplementedError


class Point3(Point):
    """A Point with a third coordinate z: Point3(x, y, z), just as compact.

    repr(Point3(1, 2, 3)) == "Point3(1, 2, 3)".
    """

    def __init__(self, x, y, z):
        raise NotImplementedError
