"""Mutants of a reference solution, for `judge check --mutants`.

A trusted helper: it runs in a process of its own on the bank's own
accepted solutions (never a person's submission, never in a solution's
process), and only parses and rewrites them (nothing is executed).

    python3 -I judge_mutants.py SOLUTION LABEL SEED COUNT

prints one JSON document on stdout:

    {"sites": S, "mutants": [{"operator", "line", "hash", "source", "diff"}]}

`sites` is how many mutations the file allows; `mutants` up to COUNT of
them, chosen by SEED (the same file, seed and count give the same
mutants), in the order of the file's lines (`line` is the original
file's). A mutant's `source` is the mutated
module as `ast.unparse` writes it; `hash` is the first 16 hex digits of
the SHA-256 of that source (UTF-8): what a package's
equivalent-mutants.txt records; `diff` is a unified diff from the
original (unparsed the same way, so that only the mutation shows),
labelled with LABEL. A mutant whose source equals the original's or
another mutant's is left out.

The operators are the mistakes a person makes: a comparison or boolean
operator changed, an int constant moved by one, a slice bound moved by
one, a statement dropped, a condition negated, two arguments swapped, a
returned value replaced by None. Mutations that could turn a finishing
program into one that never ends are avoided where it is cheap to tell: a
`while` loop's condition is never changed, and in a `while` loop's body
no statement is dropped and no constant becomes 0 (`i += 1` stays a step).
A mutant may still run out of time; that only kills it.
"""

import ast
import difflib
import hashlib
import json
import random
import sys

COMPARE = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}
BOOLEAN = {ast.And: ast.Or, ast.Or: ast.And}

# statements whose removal only makes a NameError or nothing at all
NOT_DROPPED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import,
               ast.ImportFrom, ast.Pass, ast.Global, ast.Nonlocal)


def _is_docstring(statement):
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str))


def _is_int(node):
    return isinstance(node, ast.Constant) and type(node.value) is int


class _Sites(ast.NodeVisitor):
    """Every mutation of a tree, as (operator, path, variant): `path` finds
    the node again in a fresh parse of the same source (the walk is the
    same), `variant` says which change."""

    def __init__(self):
        self.found = []
        self.nodes = []
        # an int bound of a slice is the slice operator's, not the constant's
        self.slice_bounds = set()
        self.index = -1
        self.in_while = 0
        self.in_while_test = 0

    def add(self, operator, variant, line):
        self.found.append((operator, self.index, variant, line))

    def visit(self, node):
        self.index += 1
        self.nodes.append(node)
        if not self.in_while_test:
            self.sites_of(node, getattr(node, "lineno", 0))
        if isinstance(node, ast.While):
            self.in_while_test += 1
            self.visit(node.test)
            self.in_while_test -= 1
            self.in_while += 1
            for child in node.body + node.orelse:
                self.visit(child)
            self.in_while -= 1
        else:
            self.generic_visit(node)

    def sites_of(self, node, line):
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in COMPARE:
                    self.add("compare", i, line)
        elif isinstance(node, ast.BoolOp):
            self.add("boolean", None, line)
        elif _is_int(node) and id(node) not in self.slice_bounds:
            for step in (1, -1):
                if not (self.in_while and node.value + step == 0):
                    self.add("constant", step, line)
        elif isinstance(node, ast.Slice):
            for bound in ("lower", "upper"):
                if _is_int(getattr(node, bound)):
                    self.slice_bounds.add(id(getattr(node, bound)))
                if getattr(node, bound) is not None:
                    self.add("slice", (bound, 1), line)
                    self.add("slice", (bound, -1), line)
        elif isinstance(node, (ast.If, ast.IfExp)):
            self.add("negate", None, line)
        elif isinstance(node, ast.Call):
            positional = [a for a in node.args if not isinstance(a, ast.Starred)]
            if len(positional) == len(node.args):
                for i in range(len(node.args) - 1):
                    self.add("swap", i, line)
        elif isinstance(node, ast.Return):
            if node.value is not None and not (isinstance(node.value, ast.Constant) and node.value.value is None):
                self.add("return-none", None, line)
        if not self.in_while:
            # a while loop's body: dropping its step would loop for ever
            fields = ("orelse",) if isinstance(node, ast.While) else ("body", "orelse", "finalbody")
            for field in fields:
                body = getattr(node, field, None)
                if not isinstance(body, list):
                    continue
                for i, statement in enumerate(body):
                    if isinstance(statement, ast.stmt) and not isinstance(statement, NOT_DROPPED) \
                            and not _is_docstring(statement):
                        self.add("drop", (field, i), getattr(statement, "lineno", line))


def sites(tree):
    finder = _Sites()
    finder.visit(tree)
    return finder.found


def _node_at(tree, index):
    """The node `_Sites` numbered `index` (its visit order)."""
    finder = _Sites()
    finder.visit(tree)
    return finder.nodes[index]


def apply(tree, site):
    """Mutates `tree` in place as `site` says."""
    operator, index, variant, _line = site
    node = _node_at(tree, index)
    if operator == "compare":
        node.ops[variant] = COMPARE[type(node.ops[variant])]()
    elif operator == "boolean":
        node.op = BOOLEAN[type(node.op)]()
    elif operator == "constant":
        node.value += variant
    elif operator == "slice":
        bound, step = variant
        old = getattr(node, bound)
        if _is_int(old):
            new = ast.Constant(old.value + step)
        else:
            new = ast.BinOp(old, ast.Add() if step > 0 else ast.Sub(), ast.Constant(1))
        setattr(node, bound, new)
    elif operator == "negate":
        if isinstance(node.test, ast.UnaryOp) and isinstance(node.test.op, ast.Not):
            node.test = node.test.operand
        else:
            node.test = ast.UnaryOp(ast.Not(), node.test)
    elif operator == "swap":
        node.args[variant], node.args[variant + 1] = node.args[variant + 1], node.args[variant]
    elif operator == "return-none":
        node.value = ast.Constant(None)
    elif operator == "drop":
        field, i = variant
        getattr(node, field)[i] = ast.Pass()
    ast.fix_missing_locations(tree)


def unparse(tree):
    return ast.unparse(tree) + "\n"


def mutant_hash(source):
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def mutants(source, label, seed, count):
    """(number of sites, up to `count` distinct mutants of `source`)."""
    original = unparse(ast.parse(source))
    all_sites = sites(ast.parse(source))
    order = list(range(len(all_sites)))
    random.Random(seed).shuffle(order)
    seen = {original}
    chosen = []
    for i in order:
        if len(chosen) >= count:
            break
        tree = ast.parse(source)
        apply(tree, all_sites[i])
        try:
            text = unparse(tree)
            compile(text, label, "exec")
        except (SyntaxError, ValueError):
            continue
        if text in seen:
            continue
        seen.add(text)
        chosen.append((i, text))
    # in the order of the file
    chosen.sort(key=lambda c: (all_sites[c[0]][3], c[0]))
    result = []
    for i, text in chosen:
        operator, _index, _variant, line = all_sites[i]
        diff = "".join(difflib.unified_diff(
            original.splitlines(True), text.splitlines(True),
            fromfile=label, tofile="%s (mutant)" % label, n=2))
        result.append({"operator": operator, "line": line, "hash": mutant_hash(text),
                       "source": text, "diff": diff})
    return len(all_sites), result


def main(argv):
    path, label, seed, count = argv[1], argv[2], int(argv[3]), int(argv[4])
    if not hasattr(ast, "unparse"):
        sys.stderr.write("%s: making mutants needs Python 3.9 or later (ast.unparse), not %s\n"
                         % (label, sys.version.split()[0]))
        return 1
    with open(path, "rb") as f:
        # bytes: ast.parse reads them as Python does (a coding line, a BOM)
        source = f.read()
    try:
        total, found = mutants(source, label, seed, count)
    except SyntaxError as e:
        sys.stderr.write("%s:%s: cannot parse: %s\n" % (label, e.lineno, e.msg))
        return 1
    json.dump({"sites": total, "mutants": found}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
