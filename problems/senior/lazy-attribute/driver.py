"""Runs one scenario against the solution's `lazy` descriptor: declares
model classes whose attributes are lazy, makes instances, reads, sets and
deletes attributes, and reports one result per step.

Steps:
  ["model", "M", [[attr, fname, kind, source], ...], {"bases": [...], "eq": bool}]
        class M(*bases): attr = lazy(fname) ...
        The function named fname is made once per scenario and reused when
        the name comes back (so one function can sit under two attributes);
        its __name__ is fname. kind says what it returns, reading the plain
        attribute `source` of the instance:
          "square"   self.<source> ** 2
          "checked"  self.<source>, or raises ValueError if it is negative
          "echo"     [fname, self.<source>]
        With "eq": true, M defines __eq__, so its instances are unhashable.
  ["attach", "M", attr, fname, kind, source]
        setattr(M, attr, lazy(f)) after the class exists: __set_name__ is
        never called
  ["new", "a", "M", {plain attributes}]   a = M(); a.k = v for each
  ["set", "a", attr, value]   a.attr = value
  ["get", "a", attr]          a.attr
  ["del", "a", attr]          del a.attr
  ["calls", fname]            how many times fname was called
  ["dict", "a"]               sorted(vars(a))
  ["field", "M", attr]        M.attr read on the class:
                              [isinstance(it, lazy), it.name, defines __set__ or __delete__]

A step that raises AttributeError, TypeError or ValueError gives
{"raised": "AttributeError"} (and so on); any other exception is not
something a lazy attribute should raise, and propagates.
"""
EXPECTED = (AttributeError, TypeError, ValueError)


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


def _eq(self, other):
    return type(self) is type(other) and vars(self) == vars(other)


class Scenario:
    def __init__(self, solution):
        self.lazy = solution.lazy
        self.functions, self.calls = {}, {}
        self.models, self.objects = {}, {}

    def function(self, fname, kind, source):
        if fname in self.functions:
            return self.functions[fname]
        calls = self.calls
        calls[fname] = 0

        def compute(obj):
            calls[fname] += 1
            value = getattr(obj, source)
            if kind == "square":
                return value ** 2
            if kind == "checked":
                if value < 0:
                    raise ValueError("negative %s" % source)
                return value
            if kind == "echo":
                return [fname, value]
            raise BadScenario("unknown kind %r" % (kind,))
        compute.__name__ = compute.__qualname__ = fname
        self.functions[fname] = compute
        return compute

    def model(self, name, attrs, extra):
        ns = {attr: self.lazy(self.function(fname, kind, source))
              for attr, fname, kind, source in attrs}
        if extra.get("eq"):
            ns["__eq__"] = _eq
        bases = tuple(self.models[b] for b in extra.get("bases", []))
        self.models[name] = type(name, bases, ns)

    def field(self, model, attr):
        it = getattr(self.models[model], attr)
        data = hasattr(type(it), "__set__") or hasattr(type(it), "__delete__")
        return [isinstance(it, self.lazy), getattr(it, "name", None), data]

    def step(self, step):
        op = step[0]
        if op == "model":
            self.model(step[1], step[2], step[3] if len(step) > 3 else {})
            return None
        if op == "attach":
            setattr(self.models[step[1]], step[2], self.lazy(self.function(*step[3:6])))
            return None
        if op == "new":
            obj = self.objects[step[1]] = self.models[step[2]]()
            for key, value in step[3].items():
                setattr(obj, key, value)
            return None
        if op == "calls":
            return self.calls[step[1]]
        if op == "dict":
            return sorted(vars(self.objects[step[1]]))
        try:
            if op == "set":
                setattr(self.objects[step[1]], step[2], step[3])
                return None
            if op == "get":
                return getattr(self.objects[step[1]], step[2])
            if op == "del":
                delattr(self.objects[step[1]], step[2])
                return None
            if op == "field":
                return self.field(step[1], step[2])
        except EXPECTED as exc:
            return {"raised": next(c.__name__ for c in EXPECTED if isinstance(exc, c))}
        raise BadScenario("unknown step %r" % (op,))


def run(solution, steps):
    scenario = Scenario(solution)
    return [scenario.step(step) for step in steps]
