"""Runs one scenario against the solution's `command` and `commands`:
declares classes whose methods are marked with @command, decorates them
with @commands, and reports registries and dispatches, one result per step.

Steps:
  ["class", "C", ["Base", ...], decorate, [[attr, names, names, ...], ...]]
        class C(Base, ...):
            @command(*names)      # one decorator per names list, stacked,
            @command(*names)      # the first list outermost; no list: a
            def attr(self, *args) # plain method
        then C = commands(C) when decorate is true.
        Every method returns [its class's name, attr, list(args)].
  ["registry", "C"]            sorted(C.registry.items()), as [name, attr] pairs
  ["new", "o", "C"]            o = C()
  ["dispatch", "o", name, *args]  o.dispatch(name, *args)
  ["call", "o", attr, *args]   getattr(o, attr)(*args): a marked method is
                               still an ordinary method

A step that raises KeyError, ValueError, TypeError or AttributeError gives
{"raised": "KeyError"} (and so on); any other exception propagates. A class
step that raises defines nothing: a later step on that class, or on an
object of it, gives {"undefined": "C"}.
"""
EXPECTED = (KeyError, ValueError, TypeError, AttributeError)


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


def _method(cls_name, attr):
    def method(self, *args):
        return [cls_name, attr, list(args)]
    method.__name__ = attr
    method.__qualname__ = "%s.%s" % (cls_name, attr)
    return method


class Scenario:
    def __init__(self, solution):
        self.command = solution.command
        self.commands = solution.commands
        self.classes, self.objects = {}, {}
        self.undefined = {}  # class or object name -> the class that failed

    def define(self, name, bases, decorate, methods):
        ns = {}
        for attr, *decorations in methods:
            func = _method(name, attr)
            for names in reversed(decorations):
                func = self.command(*names)(func)
            ns[attr] = func
        cls = type(name, tuple(self.classes[b] for b in bases), ns)
        if decorate:
            cls = self.commands(cls)
        self.classes[name] = cls

    def step(self, step):
        op = step[0]
        if op in ("new", "registry", "dispatch", "call"):
            failed = self.undefined.get(step[2] if op == "new" else step[1])
            if failed is not None:
                if op == "new":
                    self.undefined[step[1]] = failed
                return {"undefined": failed}
        if op == "new":
            self.objects[step[1]] = self.classes[step[2]]()
            return None
        try:
            if op == "class":
                try:
                    self.define(*step[1:5])
                except Exception:
                    self.undefined[step[1]] = step[1]
                    raise
                return None
            if op == "registry":
                return [list(pair) for pair in sorted(self.classes[step[1]].registry.items())]
            if op == "dispatch":
                return self.objects[step[1]].dispatch(step[2], *step[3:])
            if op == "call":
                return getattr(self.objects[step[1]], step[2])(*step[3:])
        except EXPECTED as exc:
            return {"raised": next(c.__name__ for c in EXPECTED if isinstance(exc, c))}
        raise BadScenario("unknown step %r" % (op,))


def run(solution, steps):
    scenario = Scenario(solution)
    return [scenario.step(step) for step in steps]
