"""Runs one scenario against the solution's IdentityCache.

The driver makes test objects, asks the cache for their values, drops its
own references and runs the garbage collector when the scenario says so,
and reports what it sees as values. It keeps only weak references to the
objects it dropped, so an object stays alive after "drop" only if the
solution keeps it alive.

The automatic collector is off during a scenario: objects in reference
cycles die exactly at a "collect" step, never at a moment chosen by the
allocator, so every run sees the same thing.

Steps:
  ["new", "a", kind, n]  a = Kind(n); kind is one of
        "Doc"         a plain object
        "Point"       __eq__ and __hash__ by n: Point(1) == Point(1)
        "Row"         __eq__ by n and no __hash__: unhashable
        "Node"        refers to itself (a reference cycle): only the
                      collector frees it
  ["get", "a"]           cache.get(a): the value, or {"raised": "Name"}
  ["drop", "a"]          del a (the driver's only strong reference)
  ["collect"]            gc.collect()
  ["alive", "a"]         whether object a still exists
  ["len"]                len(cache)
  ["calls"]              how many times the cache called compute
"""
import gc
import weakref


class ComputeFailed(Exception):
    """What compute raises for an object with a negative n."""


class Doc:
    def __init__(self, n):
        self.n = n


class Point:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Point) and other.n == self.n

    def __hash__(self):
        return hash(self.n)


class Row:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Row) and other.n == self.n

    __hash__ = None


class Node:
    def __init__(self, n):
        self.n = n
        self.me = self


KINDS = {"Doc": Doc, "Point": Point, "Row": Row, "Node": Node}


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


class Scenario:
    def __init__(self, solution):
        self.calls = 0
        self.strong = {}
        self.weak = {}
        self.cache = solution.IdentityCache(self.compute)

    def compute(self, obj):
        self.calls += 1
        if obj.n < 0:
            raise ComputeFailed(obj.n)
        # A fresh list: it cannot be weakly referenced, and it does not
        # refer to obj.
        return [obj.n, self.calls]

    # Each step is a method of its own, so that no local variable of the
    # driver outlives the step and keeps an object alive.
    def new(self, name, kind, n):
        obj = KINDS[kind](n)
        self.strong[name] = obj
        self.weak[name] = weakref.ref(obj)

    def get(self, name):
        try:
            return self.cache.get(self.strong[name])
        except Exception as exc:
            return {"raised": type(exc).__name__}

    def drop(self, name):
        del self.strong[name]

    def alive(self, name):
        return self.weak[name]() is not None

    def step(self, step):
        op = step[0]
        if op == "new":
            return self.new(step[1], step[2], step[3])
        if op == "get":
            return self.get(step[1])
        if op == "drop":
            return self.drop(step[1])
        if op == "collect":
            gc.collect()
            return None
        if op == "alive":
            return self.alive(step[1])
        if op == "len":
            return len(self.cache)
        if op == "calls":
            return self.calls
        raise BadScenario("unknown step %r" % (op,))


def run(solution, steps):
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        scenario = Scenario(solution)
        return [scenario.step(step) for step in steps]
    finally:
        if was_enabled:
            gc.enable()
