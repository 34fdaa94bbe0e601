"""Runs one scenario against the solution's Field: declares model classes
whose attributes are Fields, makes instances, and sets, reads and deletes
attributes. Returns one result per step.

Steps:
  ["model", "M", [[attr, type, {options}], ...], {"bases": [...], "eq": bool}]
        class M(*bases): attr = Field(type, **options) ...
        (with "eq": true, M defines __eq__ and so its instances are unhashable)
  ["new", "a", "M"]          a = M()
  ["set", "a", "x", value]   a.x = value
  ["set_new", "a", "x", "Dog"]  a.x = Dog()   (an instance of a test class)
  ["get", "a", "x"]          a.x
  ["del", "a", "x"]          del a.x
  ["field", "M", "x"]        [isinstance(M.x, Field), M.x.name]
  ["calls", "M", "x"]        what the "record" validator of M.x was called with

Types are named: "int", "float", "str", "bool", "bytes", "list", "tuple",
"dict", "object", and the test classes "Animal", "Dog(Animal)", "Cat(Animal)".
Options: {"default": value} and {"validator": spec} with spec one of
  ["min", m]         value >= m
  ["range", lo, hi]  lo <= value <= hi
  ["nonempty"]       len(value) > 0
  ["oneof", [...]]   value in the list
  ["len"]            returns len(value): falsy (0) for an empty value
  ["record"]         records the value, accepts it
  ["raises"]         raises RuntimeError("validator exploded")

A set or del that succeeds gives null; a step that raises gives
{"raised": "TypeError" | "ValueError" | "AttributeError" | ...}.
"""


class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


TYPES = {"int": int, "float": float, "str": str, "bool": bool, "bytes": bytes,
         "list": list, "tuple": tuple, "dict": dict, "object": object,
         "Animal": Animal, "Dog": Dog, "Cat": Cat}
OBJECTS = {"Animal": Animal, "Dog": Dog, "Cat": Cat}


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


def _category(exc):
    for cls in (TypeError, ValueError, AttributeError):
        if isinstance(exc, cls):
            return cls.__name__
    return type(exc).__name__


def _show(value):
    if isinstance(value, Animal):
        return "<%s>" % type(value).__name__
    return value


def _validator(spec, log):
    kind = spec[0]
    if kind == "min":
        return lambda v: v >= spec[1]
    if kind == "range":
        return lambda v: spec[1] <= v <= spec[2]
    if kind == "nonempty":
        return lambda v: len(v) > 0
    if kind == "oneof":
        return lambda v: v in spec[1]
    if kind == "len":
        return len
    if kind == "record":
        def record(v):
            log.append(v)
            return True
        return record
    if kind == "raises":
        def explode(v):
            raise RuntimeError("validator exploded")
        return explode
    raise BadScenario("unknown validator %r" % (kind,))


def _eq(self, other):
    return type(self) is type(other) and vars(self) == vars(other)


def run(solution, steps):
    Field = solution.Field
    models, objects, logs = {}, {}, {}
    out = []
    for step in steps:
        op = step[0]
        try:
            if op == "model":
                name, fields = step[1], step[2]
                extra = step[3] if len(step) > 3 else {}
                ns = {}
                for attr, type_name, *opts in fields:
                    options = dict(opts[0]) if opts else {}
                    if "validator" in options:
                        log = logs.setdefault((name, attr), [])
                        options["validator"] = _validator(options["validator"], log)
                    ns[attr] = Field(TYPES[type_name], **options)
                if extra.get("eq"):
                    ns["__eq__"] = _eq
                bases = tuple(models[b] for b in extra.get("bases", []))
                models[name] = type(name, bases, ns)
                out.append(None)
            elif op == "new":
                objects[step[1]] = models[step[2]]()
                out.append(None)
            elif op == "set":
                setattr(objects[step[1]], step[2], step[3])
                out.append(None)
            elif op == "set_new":
                setattr(objects[step[1]], step[2], OBJECTS[step[3]]())
                out.append(None)
            elif op == "get":
                out.append(_show(getattr(objects[step[1]], step[2])))
            elif op == "del":
                delattr(objects[step[1]], step[2])
                out.append(None)
            elif op == "field":
                attr = getattr(models[step[1]], step[2])
                out.append([isinstance(attr, Field), getattr(attr, "name", None)])
            elif op == "calls":
                out.append([_show(v) for v in logs.get((step[1], step[2]), [])])
            else:
                raise BadScenario("unknown step %r" % (op,))
        except BadScenario:
            raise
        except Exception as exc:
            out.append({"raised": _category(exc)})
    return out
