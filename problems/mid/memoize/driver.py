"""Decorates counting functions with the solution's memoize and reports
what was called how often, as values:

    {"functions": [                  # one entry per decorated function
        {"name": ..., "doc": ...,    #   the decorated function's __name__, __doc__
         "wrapped": bool}],          #   its __wrapped__ is the original function
     "calls": [ ... ],               # one entry per op, see below
     "runs": {name: n}}              # how often each original ran in all

`functions` is a list of specs, each decorated once, in order, with
solution.memoize:

    {"name": "f", "doc": "..." or null,
     "returns": "args"     # {"args": [...], "kwargs": {...}, "run": n}
              | "const"    # spec["value"]
              | "square"   # args[0] * args[0]
              | "fib",     # n if n < 2 else f(n - 1) + f(n - 2), through the
                           #   decorated f, as a module-level recursive
                           #   function would
     "value": ...,         # for "const"
     "fail_runs": [n, ...],# runs (1-based, of this original) that raise
                           #   ValueError("run n") instead of returning
     "same_as": "g"}       # optional: decorate g's original again (then only
                           #   name is read: it names this decoration)

`calls` is a list of ops:

    ["call", name, args, kwargs] -> {"returned": value, "runs": k}
                                 or {"raised": exception name,
                                     "original": bool,   # the very object the
                                     "runs": k}          #   original raised
    ["clear", name]              -> {"cleared": what cache_clear() returned}
    ["sweep", name, n]           -> calls name(i) for i = 0 .. n-1, then for
                                    i = n-1 .. 0: {"sum": sum of results,
                                    "runs": k}, or {"raised": name, "runs": k}
                                    if a call raised

where k is how many times that function's original ran during the op.
"""


class Original:
    """A function to decorate: counts its runs and behaves as its spec says."""

    def __init__(self, spec, table):
        self.spec = spec
        self.table = table  # name -> decorated function (for "fib")
        self.runs = 0
        self.raised = []

    def make(self):
        spec, table = self.spec, self.table
        mode = spec.get("returns", "args")
        fail_runs = set(spec.get("fail_runs", ()))
        name = spec["name"]
        state = self

        def original(*args, **kwargs):
            state.runs += 1
            n = state.runs
            if n in fail_runs:
                exc = ValueError("run %d" % n)
                state.raised.append(exc)
                raise exc
            if mode == "args":
                return {"args": list(args), "kwargs": dict(kwargs), "run": n}
            if mode == "const":
                return spec.get("value")
            if mode == "square":
                return args[0] * args[0]
            if mode == "fib":
                k = args[0]
                if k < 2:
                    return k
                f = table[name]
                return f(k - 1) + f(k - 2)
            raise AssertionError("unknown mode %r" % mode)

        original.__name__ = original.__qualname__ = name
        original.__doc__ = spec.get("doc")
        return original


def run(solution, functions, calls):
    table = {}      # name -> decorated function
    owner = {}      # name -> Original (shared by a "same_as" decoration)
    funcs = {}      # name -> the original function object
    report = {"functions": [], "calls": [], "runs": {}}
    for spec in functions:
        name = spec["name"]
        if "same_as" in spec:
            owner[name] = owner[spec["same_as"]]
            funcs[name] = funcs[spec["same_as"]]
        else:
            owner[name] = Original(spec, table)
            funcs[name] = owner[name].make()
        decorated = solution.memoize(funcs[name])
        table[name] = decorated
        report["functions"].append({
            "name": getattr(decorated, "__name__", None),
            "doc": getattr(decorated, "__doc__", None),
            "wrapped": getattr(decorated, "__wrapped__", None) is funcs[name],
        })

    for op in calls:
        kind, name = op[0], op[1]
        f, state = table[name], owner[name]
        before, raised_before = state.runs, len(state.raised)
        if kind == "clear":
            report["calls"].append({"cleared": f.cache_clear()})
            continue
        if kind == "sweep":
            n, total = op[2], 0
            try:
                for i in range(n):
                    total += f(i)
                for i in range(n - 1, -1, -1):
                    total += f(i)
                entry = {"sum": total}
            except MemoryError:
                raise
            except Exception as e:
                entry = {"raised": type(e).__name__}
            entry["runs"] = state.runs - before
            report["calls"].append(entry)
            continue
        args, kwargs = op[2], op[3]
        entry = {}
        try:
            entry["returned"] = f(*args, **kwargs)
        except MemoryError:
            raise
        except Exception as e:
            entry["raised"] = type(e).__name__
            entry["original"] = len(state.raised) > raised_before and e is state.raised[-1]
        entry["runs"] = state.runs - before
        report["calls"].append(entry)

    seen = set()
    for name, state in owner.items():
        if id(state) not in seen:
            seen.add(id(state))
            report["runs"][state.spec["name"]] = state.runs
    return report
