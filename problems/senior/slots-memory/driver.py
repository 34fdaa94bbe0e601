"""Exercises the solution's Point and Point3.

run(solution, "steps", steps) carries out small steps and returns one
result per step:
  ["new", "p", "Point", 1, 2]   p = Point(1, 2)   (or "Point3", x, y, z)
  ["get", "p", "x"]             p.x
  ["set", "p", "x", 5]          p.x = 5           (null, or the error)
  ["has_dict", "p"]             hasattr(p, "__dict__")
  ["eq", "p", "q"]              p == q
  ["ne", "p", "q"]              p != q
  ["eq_value", "p", v]          p == v            (v a plain value)
  ["same_hash", "p", "q"]       hash(p) == hash(q)
  ["distinct", ["p", "q", ...]] len({p, q, ...})
  ["repr", "p"]                 repr(p)
  ["is_point", "p"]             isinstance(p, Point)
A step that raises gives {"raised": "AttributeError"} (or another name;
a subclass counts as its base).

run(solution, "bulk", "Point", n) (or "Point3") creates n instances with
small coordinates, keeps them all alive in a list, and returns
[n, checksum] where checksum = sum(x + 2y (+ 3z)) over the instances.
"""
import gc
import itertools


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


def _category(exc):
    for cls in (AttributeError, TypeError, ValueError):
        if isinstance(exc, cls):
            return cls.__name__
    return type(exc).__name__


def _coords(n, period):
    # small ints (0..255) are shared objects in CPython: the memory
    # measured is the instances', not their coordinates'
    return itertools.islice(itertools.cycle(range(period)), n)


def bulk(solution, class_name, n):
    enabled = gc.isenabled()
    # The instances are never garbage, so the cyclic collector would only
    # walk them over and over while they are built: that would measure the
    # collector, not the solution.
    gc.disable()
    try:
        if class_name == "Point":
            points = list(map(solution.Point, _coords(n, 251), _coords(n, 256)))
            checksum = sum(p.x + 2 * p.y for p in points)
        elif class_name == "Point3":
            points = list(map(solution.Point3, _coords(n, 251), _coords(n, 256), _coords(n, 97)))
            checksum = sum(p.x + 2 * p.y + 3 * p.z for p in points)
        else:
            raise BadScenario(class_name)
        count = len(points)
        del points
    finally:
        if enabled:
            gc.enable()
    return [count, checksum]


def steps(solution, todo):
    classes = {"Point": solution.Point, "Point3": solution.Point3}
    objs = {}
    out = []
    for step in todo:
        op = step[0]
        try:
            if op == "new":
                objs[step[1]] = classes[step[2]](*step[3:])
                out.append(None)
            elif op == "get":
                out.append(getattr(objs[step[1]], step[2]))
            elif op == "set":
                setattr(objs[step[1]], step[2], step[3])
                out.append(None)
            elif op == "has_dict":
                out.append(hasattr(objs[step[1]], "__dict__"))
            elif op == "eq":
                out.append(objs[step[1]] == objs[step[2]])
            elif op == "ne":
                out.append(objs[step[1]] != objs[step[2]])
            elif op == "eq_value":
                out.append(objs[step[1]] == step[2])
            elif op == "same_hash":
                out.append(hash(objs[step[1]]) == hash(objs[step[2]]))
            elif op == "distinct":
                out.append(len({objs[name] for name in step[1]}))
            elif op == "repr":
                out.append(repr(objs[step[1]]))
            elif op == "is_point":
                out.append(isinstance(objs[step[1]], solution.Point))
            else:
                raise BadScenario("unknown step %r" % (op,))
        except BadScenario:
            raise
        except Exception as exc:
            out.append({"raised": _category(exc)})
    return out


def run(solution, mode, *args):
    if mode == "bulk":
        return bulk(solution, *args)
    if mode == "steps":
        return steps(solution, *args)
    raise BadScenario("unknown mode %r" % (mode,))
