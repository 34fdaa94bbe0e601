"""Runs one scenario: a list of steps that create classes with the
solution's PluginMeta (the way a class statement would, through
types.new_class) and look at the registries. Returns one result per step.

Steps:
  ["root", "R"]                   class R(metaclass=PluginMeta): pass
  ["root", "R", ["M"], {attrs}]   class R(M, metaclass=PluginMeta): <attrs>
  ["plain", "M"]                  class M: pass   (an ordinary mixin)
  ["class", "A", ["R"], {attrs}]  class A(R): <attrs as class attributes>
  ["registry", "X"]               list(X.registry.items()), classes by name
  ["same", "X", "Y"]              X.registry is Y.registry
  ["new", "X"]                    type(X()).__name__
  ["attr", "X", "a"]              getattr(X, "a")

A step's result is null when it defines a class successfully, and
{"raised": "TypeError" | "ValueError" | "KeyError" | "AttributeError" | ...}
when it raises. A step that needs a class an earlier step failed to create
gives {"undefined": "A"}. "Plugin" names the solution's own Plugin class.
"""
import types

# Classes made by earlier scenarios in this process. The solution's Plugin
# keeps its registry for the whole run, so a scenario that lists
# Plugin.registry leaves out what earlier scenarios registered there.
_EARLIER = set()


class BadScenario(Exception):
    """A mistake in the test itself, never the solution's."""


def _category(exc):
    for cls in (TypeError, ValueError, KeyError, AttributeError):
        if isinstance(exc, cls):
            return cls.__name__
    return type(exc).__name__


def _show(value):
    if isinstance(value, type):
        return value.__name__
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)


def run(solution, steps):
    meta = solution.PluginMeta
    names = {"Plugin": solution.Plugin}
    made = []
    out = []
    try:
        for step in steps:
            op = step[0]
            # a class an earlier step failed to create
            refs = [step[1]] if op in ("registry", "new", "attr") else (
                step[1:3] if op == "same" else list(step[2]) if op == "class" else
                list(step[2]) if op == "root" and len(step) > 2 else [])
            missing = [r for r in refs if r not in names]
            if missing:
                out.append({"undefined": missing[0]})
                continue
            try:
                if op == "root":
                    bases = tuple(names[b] for b in (step[2] if len(step) > 2 else []))
                    attrs = step[3] if len(step) > 3 else {}
                    cls = types.new_class(step[1], bases, {"metaclass": meta},
                                          lambda ns: ns.update(attrs))
                    names[step[1]] = cls
                    made.append(cls)
                    out.append(None)
                elif op == "plain":
                    cls = types.new_class(step[1], ())
                    names[step[1]] = cls
                    out.append(None)
                elif op == "class":
                    bases = tuple(names[b] for b in step[2])
                    attrs = step[3] if len(step) > 3 else {}
                    cls = types.new_class(step[1], bases, {}, lambda ns: ns.update(attrs))
                    names[step[1]] = cls
                    made.append(cls)
                    out.append(None)
                elif op == "registry":
                    cls = names[step[1]]
                    registry = cls.registry
                    # only Plugin's own hierarchy outlives a scenario
                    mine = isinstance(cls, type) and issubclass(cls, solution.Plugin)
                    out.append([[_show(k), _show(v)] for k, v in list(registry.items())
                                if not (mine and v in _EARLIER)])
                elif op == "same":
                    out.append(names[step[1]].registry is names[step[2]].registry)
                elif op == "new":
                    out.append(type(names[step[1]]()).__name__)
                elif op == "attr":
                    out.append(_show(getattr(names[step[1]], step[2])))
                else:
                    raise BadScenario("unknown step %r" % (op,))
            except BadScenario:
                raise
            except Exception as exc:
                out.append({"raised": _category(exc)})
    finally:
        _EARLIER.update(made)
    return out
