#!/usr/bin/env python3
"""Writes tests/sample.json and tests/hidden.json for level-order.

Deterministic (fixed seed, stdlib only). Run from anywhere:

    python3 generators/gen_tests.py

Small trees are written in the level-order encoding; the expected levels
come from a BFS reference run through the problem's own driver.py, checked
against a brute force (an iterative DFS that records each node's depth and
sorts by (depth, left-to-right position)). Large trees are named by shape
("complete", 60000) and built by the driver; their expected summary is
checked against levels computed directly from the shape's definition.
"""
import importlib.util
import json
import os
import random
import types
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
PROBLEM = os.path.join(HERE, os.pardir)
TESTS = os.path.join(PROBLEM, "tests")
SEED = 20250304


class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right


def bfs_levels(root):
    if root is None:
        return []
    out, queue = [], deque([root])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            for child in (node.left, node.right):
                if child is not None:
                    queue.append(child)
        out.append(level)
    return out


def brute_levels(root):
    # path strings order nodes left to right within a depth ("0" < "1")
    found, stack = [], [(root, "")]
    while stack:
        node, path = stack.pop()
        if node is None:
            continue
        found.append((len(path), path, node.val))
        stack.append((node.left, path + "0"))
        stack.append((node.right, path + "1"))
    found.sort(key=lambda t: (t[0], t[1]))
    out = []
    for depth, _, val in found:
        if depth == len(out):
            out.append([])
        out[depth].append(val)
    return out


def load_driver():
    spec = importlib.util.spec_from_file_location("driver", os.path.join(PROBLEM, "driver.py"))
    driver = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(driver)
    return driver


DRIVER = load_driver()
BFS = types.SimpleNamespace(TreeNode=TreeNode, level_order=bfs_levels)
BRUTE = types.SimpleNamespace(TreeNode=TreeNode, level_order=brute_levels)


def shape_levels(shape, n):
    """The levels of a driver shape, straight from its definition."""
    if shape in ("left-chain", "right-chain", "zigzag"):
        return [[i] for i in range(n)]
    if shape == "complete":
        out, start = [], 0
        while start < n:
            out.append(list(range(start, min(n, 2 * start + 1))))
            start = 2 * start + 1
        return out
    if shape == "caterpillar":
        return [[0]] + [[v for v in (2 * k - 1, 2 * k) if v < n] for k in range(1, n // 2 + 1)]
    raise ValueError(shape)


def tree_case(name, encoding, note=None):
    expected = DRIVER.run(BFS, encoding)
    assert expected == DRIVER.run(BRUTE, encoding), name
    c = {"name": name, "args": [encoding], "expected": expected}
    if note:
        c["note"] = note
    return c


def shape_case(name, shape, n, note=None):
    expected = DRIVER.run(BFS, shape, n)
    assert expected == DRIVER._summary(shape_levels(shape, n)), name
    c = {"name": name, "args": [shape, n], "expected": expected}
    if note:
        c["note"] = note
    return c


def encode(root):
    """The level-order encoding, trailing Nones removed."""
    out, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
        else:
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def random_tree(rng, n, lo, hi, lean=0.5):
    """n nodes, each new one hung on a random free child slot. `lean` is
    the chance of preferring a left slot, to make lopsided trees."""
    if n == 0:
        return None
    root = TreeNode(rng.randint(lo, hi))
    slots = [(root, "left"), (root, "right")]
    for _ in range(n - 1):
        i = rng.randrange(len(slots))
        parent, side = slots[i]
        if side == "right" and rng.random() < lean and (parent, "left") in slots:
            i = slots.index((parent, "left"))
            parent, side = slots[i]
        slots[i] = slots[-1]
        slots.pop()
        child = TreeNode(rng.randint(lo, hi))
        setattr(parent, side, child)
        slots += [(child, "left"), (child, "right")]
    return root


def sample_cases():
    cases = [
        tree_case("three-levels", [3, 9, 20, None, None, 15, 7]),
        tree_case("empty-tree", []),
        tree_case("left-leaning", [1, 2, None, 3, None, 4]),
    ]
    assert cases[0]["expected"] == [[3], [9, 20], [15, 7]]
    assert cases[2]["expected"] == [[1], [2], [3], [4]]
    return cases


def self_check_shapes():
    for shape in ("left-chain", "right-chain", "zigzag", "complete", "caterpillar"):
        for n in range(1, 40):
            assert DRIVER.run(BFS, shape, n) == DRIVER._summary(shape_levels(shape, n)), (shape, n)
            assert DRIVER.run(BRUTE, shape, n) == DRIVER.run(BFS, shape, n), (shape, n)


def hidden_cases():
    self_check_shapes()
    rng = random.Random(SEED)
    cases = [
        tree_case("empty", []),
        tree_case("single-node", [5]),
        tree_case("single-zero", [0]),
        tree_case("only-right-child", [1, None, 2]),
        tree_case("right-chain-small", [1, None, 2, None, 3, None, 4]),
        tree_case("two-children", [1, 2, 3]),
        tree_case("perfect-15", list(range(1, 16))),
        tree_case("negatives-and-duplicates", [0, -1, -1, 2, 2, -3, -3]),
        tree_case("sparse", [1, 2, 3, 4, None, None, 5, None, 6, 7],
                  note="a level's nodes come from different subtrees"),
        tree_case("left-deeper-than-right", [1, 2, 3, 4, 5, None, 6, 7, None, None, None, None, 8]),
        tree_case("right-subtree-only-deep", [1, 2, 3, None, None, 4, 5, 6, None, None, 7]),
        tree_case("big-values", [10**12, -10**12, 10**18]),
    ]
    for i, (n, lo, hi, lean) in enumerate([(10, 0, 9, 0.5), (25, -5, 5, 0.9), (40, 0, 100, 0.1),
                                          (80, 1, 3, 0.5), (150, -1000, 1000, 0.7),
                                          (300, 0, 10**6, 0.3)]):
        cases.append(tree_case("random-%d" % (i + 1), encode(random_tree(rng, n, lo, hi, lean))))
    cases.append(tree_case("random-3000-nodes", encode(random_tree(rng, 3000, -99, 99))))
    cases += [
        shape_case("deep-left-chain", "left-chain", 10000,
                   note="10^4 levels: recursion one level deeper per level fails"),
        shape_case("deep-right-chain", "right-chain", 10000),
        shape_case("deep-zigzag", "zigzag", 10000),
        shape_case("caterpillar", "caterpillar", 20000),
        shape_case("wide-complete", "complete", 60000, note="the last level holds ~27k nodes"),
    ]
    return cases


def write(name, cases):
    path = os.path.join(TESTS, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c in cases))
        f.write("\n]\n")
    print("%s: %d cases, %d bytes" % (os.path.normpath(path), len(cases), os.path.getsize(path)))


if __name__ == "__main__":
    write("sample.json", sample_cases())
    write("hidden.json", hidden_cases())
