"""Runs one scenario against the solution's Version class: parses version
strings and compares, hashes and sorts the results, one result per step.

Steps (texts are version strings):
  ["parse", text]          str(Version(text)), or {"raised": "ValueError"}
  ["eq", a, b]             [Version(a) == Version(b), Version(a) != Version(b)]
  ["cmp", a, b]            [a < b, a <= b, a > b, a >= b] on the Versions
  ["set", [texts]]         len({Version(t) for t in texts})
  ["dict", [texts], [keys]]  d = {Version(t): i for i, t in enumerate(texts)};
                           [d.get(Version(k), None) for k in keys]
  ["sort", [texts]]        [str(v) for v in sorted(Version(t) for t in texts)]
                           (sorted is stable: equal versions keep their order)
  ["max", [texts]]         str(max(Version(t) for t in texts))
  ["other", a, value]      Version(a) against a value that is not a Version:
                           [v == value, v != value, v < value]
  ["wild", a]              against an object whose __eq__ and __gt__ say True
                           to anything: [v == it, v != it, v < it]
  ["order", a, value]      every ordering of Version(a) against a value that is
                           not a Version: [v < value, v <= value, v > value,
                           v >= value] (each TypeError when the methods say
                           NotImplemented)

"set" and "dict" give {"raised": "TypeError"} when a Version cannot be
hashed; a comparison with a non-Version that raises TypeError gives
{"raised": "TypeError"} in its place. Any other exception propagates.
"""


class Anything:
    """Equal to, and greater than, everything: it answers for a Version
    that says NotImplemented."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __gt__(self, other):
        return True

    __hash__ = object.__hash__


def _try(fn):
    try:
        return fn()
    except TypeError:
        return {"raised": "TypeError"}


def _against(v, value):
    return [_try(lambda: v == value), _try(lambda: v != value), _try(lambda: v < value)]


def run(solution, steps):
    V = solution.Version
    out = []
    for step in steps:
        op = step[0]
        if op == "parse":
            try:
                out.append(str(V(step[1])))
            except ValueError:
                out.append({"raised": "ValueError"})
        elif op == "eq":
            a, b = V(step[1]), V(step[2])
            out.append([a == b, a != b])
        elif op == "cmp":
            a, b = V(step[1]), V(step[2])
            out.append([a < b, a <= b, a > b, a >= b])
        elif op == "set":
            out.append(_try(lambda: len({V(t) for t in step[1]})))
        elif op == "dict":
            def lookup():
                d = {V(t): i for i, t in enumerate(step[1])}
                return [d.get(V(k), None) for k in step[2]]
            out.append(_try(lookup))
        elif op == "sort":
            out.append([str(v) for v in sorted(V(t) for t in step[1])])
        elif op == "max":
            out.append(str(max(V(t) for t in step[1])))
        elif op == "other":
            out.append(_against(V(step[1]), step[2]))
        elif op == "wild":
            out.append(_against(V(step[1]), Anything()))
        elif op == "order":
            v, value = V(step[1]), step[2]
            out.append([_try(lambda: v < value), _try(lambda: v <= value),
                        _try(lambda: v > value), _try(lambda: v >= value)])
        else:
            raise LookupError("unknown step %r" % (op,))
    return out
