"""Runs a scripted scenario with the solution's Transaction class and its
suppress_and_log context manager, and reports what could be observed:

    {"store": {...},      # the store (a dict) at the end
     "log": [...],        # the log list given to suppress_and_log
     "trace": [...],      # events, in order (below)
     "raised": None|name} # the exception that escaped the whole script

Steps of a script (JSON lists):

    ["set", key, value]          store[key] = value
    ["del", key]                 del store[key]       (KeyError if absent)
    ["append", key, value]       store[key].append(value)
    ["update", key, k2, value]   store[key][k2] = value (a nested dict)
    ["raise", name, message]     raise name(message)
    ["show"]                     trace ["store", <deep copy of the store>]
    ["tx", steps]                with Transaction(store) as t: steps
    ["quiet", [names], steps]    with suppress_and_log(*classes, log=log): steps
    ["try", steps]               run steps; trace ["caught", name] if one escapes

`with` blocks are run by hand, exactly as the `with` statement does, so
that the trace can show what __enter__ and __exit__ returned:

    ["enter", "tx", <__enter__ returned the store itself>]
    ["exit", "tx"|"quiet", None]                        the block finished
    ["exit", "tx"|"quiet", name, <__exit__ result, as bool>]  it raised `name`
"""

import builtins
import copy


class Cancelled(BaseException):
    """Like KeyboardInterrupt: not an Exception."""


class AppError(Exception):
    """An application's own exception class."""


class QuotaError(AppError):
    """A subclass, to check that listed classes cover their subclasses."""


EXCEPTIONS = {name: getattr(builtins, name) for name in (
    "Exception", "ValueError", "KeyError", "LookupError", "IndexError", "RuntimeError",
    "ZeroDivisionError", "TypeError", "PermissionError", "OSError",
)}
EXCEPTIONS.update(Cancelled=Cancelled, AppError=AppError, QuotaError=QuotaError)


class Scenario:
    def __init__(self, solution, store):
        # looked up at once: a solution without them fails loudly (RE),
        # not as an exception inside the script
        self.Transaction = solution.Transaction
        self.suppress_and_log = solution.suppress_and_log
        self.store = store
        self.log = []
        self.trace = []

    def block(self, steps):
        for step in steps:
            self.step(step)

    def step(self, step):
        op, store = step[0], self.store
        if op == "set":
            store[step[1]] = step[2]
        elif op == "del":
            del store[step[1]]
        elif op == "append":
            store[step[1]].append(step[2])
        elif op == "update":
            store[step[1]][step[2]] = step[3]
        elif op == "raise":
            raise EXCEPTIONS[step[1]](step[2])
        elif op == "show":
            self.trace.append(["store", copy.deepcopy(store)])
        elif op == "tx":
            cm = self.Transaction(store)
            self.with_block(cm, "tx", step[1])
        elif op == "quiet":
            classes = [EXCEPTIONS[name] for name in step[1]]
            cm = self.suppress_and_log(*classes, log=self.log)
            self.with_block(cm, "quiet", step[2])
        elif op == "try":
            try:
                self.block(step[1])
            except MemoryError:
                raise
            except (Exception, Cancelled) as e:
                self.trace.append(["caught", type(e).__name__])
        else:
            raise AssertionError("unknown step %r" % (op,))

    def with_block(self, cm, label, steps):
        # what `with cm as value: steps` does, step by step
        enter, exit_ = type(cm).__enter__, type(cm).__exit__
        value = enter(cm)
        if label == "tx":
            self.trace.append(["enter", label, value is self.store])
        try:
            self.block(steps)
        except MemoryError:
            raise
        except (Exception, Cancelled) as e:
            suppressed = exit_(cm, type(e), e, e.__traceback__)
            self.trace.append(["exit", label, type(e).__name__, bool(suppressed)])
            if not suppressed:
                raise
        else:
            exit_(cm, None, None, None)
            self.trace.append(["exit", label, None])


def run(solution, store, script):
    scenario = Scenario(solution, store)
    raised = None
    try:
        scenario.block(script)
    except MemoryError:
        raise
    except (Exception, Cancelled) as e:
        raised = type(e).__name__
    return {"store": store, "log": scenario.log, "trace": scenario.trace, "raised": raised}
