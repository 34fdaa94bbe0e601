#!/usr/bin/env python3
"""Writes tests/sample.json, tests/hidden.json and tests/large.json for
bst-validate.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Small trees are written in level order. The deep and the large trees are
written as a few numbers that driver.py turns into a tree (make_tree), so a
path 10^4 levels deep costs one line. Every expected answer is computed by
two independent iterative checks (ancestor bounds, and an in-order walk),
and for the small trees also by the definition itself (every value in the
left subtree smaller, every value in the right subtree larger).
"""
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, os.pardir)
TESTS = os.path.join(ROOT, "tests")
SEED = 7151

_spec = importlib.util.spec_from_file_location("driver", os.path.join(ROOT, "driver.py"))
driver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(driver)


class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def by_bounds(root):
    stack = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if (low is not None and node.val <= low) or (high is not None and node.val >= high):
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True


def by_inorder(root):
    out, stack, node = [], [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node.val)
        node = node.right
    return all(a < b for a, b in zip(out, out[1:]))


def by_definition(node):
    """Recursive, straight from the definition: small trees only."""
    def values(n):
        return [] if n is None else values(n.left) + [n.val] + values(n.right)
    if node is None:
        return True
    return (all(v < node.val for v in values(node.left))
            and all(v > node.val for v in values(node.right))
            and by_definition(node.left) and by_definition(node.right))


def count_nodes(root):
    n, stack = 0, [root]
    while stack:
        node = stack.pop()
        if node is not None:
            n += 1
            stack += [node.left, node.right]
    return n


def case(name, level_order, note=None):
    root = driver.build_level_order(TreeNode, level_order)
    expected = by_bounds(root)
    assert expected == by_inorder(root) == by_definition(root), name
    assert count_nodes(root) == sum(v is not None for v in level_order), name
    c = {"name": name, "args": [level_order], "expected": expected}
    if note:
        c["note"] = note
    return c


def generated_case(name, note, **spec):
    root = driver.make_tree(TreeNode, **spec)
    expected = by_bounds(root)
    assert expected == by_inorder(root), name
    return {"name": name, "kwargs": {"generate": spec}, "expected": expected, "note": note}


# ---------------------------------------------------------------------------

def sample_cases():
    ex1 = case("example-1", [2, 1, 3])
    ex2 = case("example-2", [5, 1, 8, None, None, 4, 9])
    ex3 = case("example-3", [3, None, 3])
    assert [ex1["expected"], ex2["expected"], ex3["expected"]] == [True, False, False]
    return [ex1, ex2, ex3]


def to_level_order(root):
    out, queue = [], [root]
    for node in queue:            # queue grows while we walk it
        if node is None:
            out.append(None)
        else:
            out.append(node.val)
            queue += [node.left, node.right]
    while out and out[-1] is None:
        out.pop()
    return out


def random_bst(rng, n, lo, hi):
    root = None
    picked = set()
    while len(picked) < n:
        picked.add(rng.randrange(lo, hi))
    for v in rng.sample(sorted(picked), n):
        if root is None:
            root = TreeNode(v)
            continue
        node = root
        while True:
            side = "left" if v < node.val else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(v))
                break
            node = child
    return root


def all_nodes(root):
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            out.append(node)
            stack += [node.left, node.right]
    return out


def hidden_cases():
    rng = random.Random(SEED)
    N = None
    big = 10**20
    cases = [
        case("empty-tree", [], note="no nodes at all: valid"),
        case("single-node", [42]),
        case("single-node-huge", [10**30]),
        case("single-node-huge-negative", [-10**30]),
        case("single-node-maxsize", [sys.maxsize],
             note="sys.maxsize is a value like any other, not infinity"),
        case("two-nodes-left-valid", [2, 1]),
        case("two-nodes-right-valid", [2, N, 3]),
        case("two-nodes-left-invalid", [2, 3]),
        case("two-nodes-right-invalid", [2, N, 1]),
        case("duplicate-left-child", [2, 2]),
        case("duplicate-right-child", [2, N, 2]),
        case("duplicate-of-ancestor", [10, 5, 15, N, 10],
             note="10 is in the left subtree of 10; its parent 5 is fine with it"),
        case("duplicate-of-ancestor-right", [10, 5, 15, N, N, 10]),
        case("right-subtree-grandchild-too-small", [5, 1, 8, N, N, 4, 9]),
        case("right-subtree-grandchild-equal-root", [5, 1, 8, N, N, 5, 9]),
        case("right-subtree-grandchild-ok", [5, 1, 8, N, N, 6, 9]),
        case("left-subtree-grandchild-too-big", [5, 2, 8, 1, 6]),
        case("deep-leaf-violates-root", [20, 10, 30, 5, 15, N, N, N, N, 12, 25],
             note="25 is under 15 (fine) but in the left subtree of 20"),
        case("deep-leaf-respects-root", [20, 10, 30, 5, 15, N, N, N, N, 12, 17]),
        case("zero-root-right-subtree-negative", [0, N, 5, -1],
             note="the lower bound 0 must not be mistaken for 'no bound'"),
        case("zero-root-left-subtree-positive", [0, -3, N, N, 2]),
        case("zero-root-valid", [0, -2, 2, -3, -1, 1, 3]),
        case("all-negative-valid", [-10, -20, -5, -30, -15, -7, -1]),
        case("all-negative-invalid", [-10, -20, -5, -30, -8, -7, -1]),
        case("huge-values-valid", [big, -big, 10 * big, N, 0, big + 1],
             note="values far outside 64-bit range"),
        case("huge-values-invalid", [big, -big, 10 * big, N, big, big + 1]),
        case("perfect-15-valid", [8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15]),
        case("perfect-15-two-swapped", [8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 9, 7, 11, 13, 15]),
        case("sparse-valid", [50, 30, 70, N, 40, 60, N, 35, 45, N, 65]),
        case("sparse-invalid", [50, 30, 70, N, 40, 60, N, 35, 55, N, 65]),
        case("left-chain-valid", [5, 4, N, 3, N, 2, N, 1]),
        case("left-chain-bottom-too-big", [5, 4, N, 3, N, 2, N, 6]),
        case("right-chain-valid", [1, N, 2, N, 3, N, 4, N, 5]),
    ]
    # random BSTs, valid as built; then broken copies
    for i, (n, lo, hi) in enumerate([(20, -50, 50), (60, -10**6, 10**6), (150, 0, 1000),
                                     (300, -10**25, 10**25)], 1):
        root = random_bst(rng, n, lo, hi)
        cases.append(case("random-valid-%d" % i, to_level_order(root)))
    for i in range(1, 9):
        root = random_bst(rng, rng.choice([10, 40, 120]), -500, 500)
        nodes = all_nodes(root)
        target = rng.choice(nodes)
        if i % 2:
            # a duplicate of some other value
            target.val = rng.choice([n for n in nodes if n is not target]).val
        else:
            target.val = rng.randint(-600, 600)
        name = "random-changed-%d" % i
        c = case(name, to_level_order(root))
        cases.append(c)
    return cases


def large_cases():
    big = 10**20
    chain = dict(shape="chain", n=10000, start=-big, step=10**16)
    zig = dict(shape="zigzag", n=10000, low=-big, high=big)
    complete = dict(shape="complete", n=32767, seed=11)
    cases = [
        generated_case("deep-right-chain-valid", "10^4 levels deep, every node a right child",
                       **chain),
        generated_case("deep-left-chain-valid", "10^4 levels deep, every node a left child",
                       shape="chain", n=10000, direction="left", start=big, step=-10**16),
        generated_case("deep-right-chain-duplicate-at-bottom",
                       "the deepest node repeats its parent's value",
                       **chain, copy=[9999, 9998]),
        generated_case("deep-zigzag-valid",
                       "10^4 levels, right, left, right, ...; values close in from both sides",
                       **zig),
        generated_case("deep-zigzag-far-ancestor",
                       "the deepest node is larger than its parent but breaks the bound of "
                       "an ancestor near the root", **zig, set_value=[9999, big]),
        generated_case("deep-zigzag-equals-grandparent",
                       "the node at depth 9998 equals its grandparent's value",
                       **zig, copy=[9998, 9996]),
        generated_case("large-complete-valid", "32767 nodes, a perfect tree of 15 levels",
                       **complete),
        generated_case("large-complete-swapped", "two values far apart swapped",
                       **complete, swap=[1000, 30000]),
        generated_case("large-complete-neighbours-swapped", "two neighbouring values swapped",
                       **complete, swap=[16000, 16001]),
        generated_case("large-complete-duplicate", "one node repeats the value of the next "
                       "node in order", **complete, copy=[20000, 20001]),
    ]
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
    write("large.json", large_cases())
