"""Calls make_multipliers(factors), then calls the functions it returned.

A test gives:
    factors     the list passed to make_multipliers
    calls       [[i, x], ...]: call the i-th function with x, in this order
    then_make   optional: a second list of factors; make_multipliers is
                called with it (and the result kept alive) after the first
                call and before any function is called
    then_zero   optional, true: after the call(s), the driver changes the
                list it passed, overwriting every factor with 0 (it keeps
                the length, so a solution that reads the list late answers
                wrong rather than crashing)

It returns the list of the results of the calls. A result that is not a
list, or a list of the wrong length or holding something that is not
callable, is returned as a message that says so (a wrong answer).
"""


def run(solution, factors, calls, then_make=None, then_zero=False):
    funcs = solution.make_multipliers(factors)
    if not isinstance(funcs, list):
        return "make_multipliers returned a %s, not a list" % type(funcs).__name__
    if len(funcs) != len(factors):
        return "make_multipliers returned %d functions for %d factors" % (len(funcs), len(factors))
    for i, f in enumerate(funcs):
        if not callable(f):
            return "item %d of the list is a %s, not a function" % (i, type(f).__name__)
    later = None
    if then_make is not None:
        later = solution.make_multipliers(list(then_make))
    if then_zero:
        factors[:] = [0] * len(factors)
    results = [funcs[i](x) for i, x in calls]
    del later
    return results
