"""Writes mutants of a Python solution, for the differential test: small
changes a person makes by mistake, in places where they cannot turn a
finishing program into one that never ends (branch conditions and
returned values, never a loop's condition).

    python3 mutate.py SOLUTION OUT_DIR COUNT

writes up to COUNT files OUT_DIR/<stem>_mutant<i>.py, chosen evenly
among every possible mutation (deterministic), and prints their paths.
"""

import ast
import pathlib
import sys

FLIPPED = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
           ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}


def sites(tree):
    """(node, how) for every mutation: a comparison in an `if` (statement
    or expression) flipped, an int constant in a returned value moved by
    one, a returned value replaced by None."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.If, ast.IfExp)):
            found.extend((c, "flip") for c in ast.walk(node.test) if isinstance(c, ast.Compare))
        if isinstance(node, ast.Return) and node.value is not None:
            found.append((node, "none"))
            found.extend((c, "plus_one") for c in ast.walk(node.value)
                         if isinstance(c, ast.Constant) and type(c.value) is int)
    return found


def mutant(source, index):
    tree = ast.parse(source)
    node, how = sites(tree)[index]
    if how == "flip":
        node.ops[0] = FLIPPED.get(type(node.ops[0]), ast.Eq)()
    elif how == "none":
        node.value = ast.Constant(None)
    else:
        node.value += 1
    return ast.unparse(tree) + "\n"


def main(path, out_dir, count):
    # bytes: ast.parse reads them as Python does (a coding line, a BOM)
    source = pathlib.Path(path).read_bytes()
    total = len(sites(ast.parse(source)))
    chosen = sorted({i * total // count for i in range(count)}) if total else []
    stem = pathlib.Path(path).stem
    for n, index in enumerate(chosen):
        target = pathlib.Path(out_dir) / ("%s_mutant%d.py" % (stem, n))
        target.write_text(mutant(source, index), encoding="utf-8")
        print(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
