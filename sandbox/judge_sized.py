"""Makes a problem's inputs of given sizes with its generator (the
`[complexity]` table of problem.toml): trusted problem code, run in a
process of its own, never in a solution's.

    python judge_sized.py GENERATOR KIND SEED N [N ...]

GENERATOR defines make(n, seed), deterministic for a seed, returning one
case's input of size n: for a `function` problem the positional
arguments (a list or tuple), or {"args": [...], "kwargs": {...}}; for a
`class` problem the ops, the constructor first (["MinStack"], ["push", 3],
...); for a `stdio` problem the text on standard input.

For each size it writes one frame to stdout: a 4-byte little-endian
length, then the input as marshal (version 2, no references). A mistake
in the generator is reported on stderr and the exit code is 1.
"""

import marshal
import os
import runpy
import sys
import traceback


def shaped(kind, made, n):
    """The input as the judge reads it, or a ValueError saying what is wrong."""
    if kind == "function":
        if isinstance(made, dict) and set(made) <= {"args", "kwargs"}:
            args, kwargs = made.get("args", []), made.get("kwargs", {})
            if not isinstance(args, (list, tuple)) or not isinstance(kwargs, dict):
                raise ValueError("make(%d, seed) gave a dict whose args is not a list or whose kwargs is not a dict" % n)
            return ("call", list(args), {str(k): v for k, v in kwargs.items()})
        if isinstance(made, (list, tuple)):
            return ("call", list(made), {})
        raise ValueError("make(%d, seed) must return the arguments as a list or tuple (or a dict of args and kwargs), not %s"
                         % (n, type(made).__name__))
    if kind == "class":
        if not isinstance(made, (list, tuple)) or not made:
            raise ValueError("make(%d, seed) must return a non-empty list of ops, the constructor first" % n)
        ops = []
        for op in made:
            if not isinstance(op, (list, tuple)) or not op or not isinstance(op[0], str):
                raise ValueError("make(%d, seed): each op is a list of a method name and its arguments, like [\"push\", 3]; got %r"
                                 % (n, op if len(repr(op)) < 80 else type(op).__name__))
            ops.append(list(op))
        return ("ops", ops)
    if not isinstance(made, str):
        raise ValueError("make(%d, seed) must return the standard input as a str, not %s" % (n, type(made).__name__))
    return ("stdin", made)


def main(argv):
    generator, kind, seed, sizes = argv[0], argv[1], int(argv[2]), [int(n) for n in argv[3:]]
    sys.path.insert(0, os.path.dirname(os.path.abspath(generator)))
    try:
        make = runpy.run_path(generator).get("make")
        if not callable(make):
            raise ValueError("%s defines no function make(n, seed)" % os.path.basename(generator))
        out = sys.stdout.buffer
        for n in sizes:
            data = marshal.dumps(shaped(kind, make(n, seed), n), 2)
            out.write(len(data).to_bytes(4, "little"))
            out.write(data)
        out.flush()
    except Exception:
        traceback.print_exc()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
