"""Builds the tree with the solution's TreeNode and calls is_valid_bst.

A test either gives the tree in level order (args: [[5, 3, 8, null, 4]], see
build_level_order), or asks for a large tree made here from a few numbers
(kwargs: {"generate": {...}}, see make_tree), so that a tree 10^4 levels
deep does not need a huge test file. Nothing here recurses.

The tree must be as it was after the call (the statement: do not change
the tree): if a node's value or children changed, the result is the text
"is_valid_bst changed the tree", a wrong answer that says why.
"""
import random
import struct
from collections import deque
from itertools import accumulate


def build_level_order(TreeNode, values):
    """values[0] is the root; then, for each node that is not None, in the
    order the nodes appear, the entry for its left child and the entry for
    its right child (None: no child). Trailing Nones may be left out."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    waiting = deque([root])
    i = 1
    while i < len(values):
        node = waiting.popleft()
        if values[i] is not None:
            node.left = TreeNode(values[i])
            waiting.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            waiting.append(node.right)
        i += 1
    return root


def path_values(shape, n, start=0, step=1, low=0, high=0):
    """Values down a path of n nodes. chain: start, start + step, ...
    zigzag: low, high, low + 1, high - 1, ... (each node is inside the
    bounds of all its ancestors while low + n < high)."""
    if shape == "chain":
        return [start + i * step for i in range(n)]
    return [low + i // 2 if i % 2 == 0 else high - i // 2 for i in range(n)]


def make_tree(TreeNode, shape, n, direction="right", start=0, step=1, low=0, high=0,
              seed=0, set_value=None, swap=None, copy=None):
    """shape "chain": a path where every node is the `direction` child of the
    one before. "zigzag": a path going right, left, right, left, ...
    "complete": a complete binary tree of n nodes holding sorted distinct
    random values (from seed) in order, which is a valid BST.

    Then, to break it: set_value = [i, v] gives the i-th node (in path order
    for a path, in sorted order for "complete") the value v; swap = [i, j]
    exchanges the values of nodes i and j; copy = [i, j] gives node i the
    value of node j."""
    if shape == "complete":
        gaps = struct.unpack("<%dI" % n, random.Random(seed).randbytes(4 * n))
        values = list(accumulate((g * 10**6 + 1 for g in gaps), initial=-2 * 10**21))[1:]
    else:
        values = path_values(shape, n, start, step, low, high)
    if set_value is not None:
        values[set_value[0]] = set_value[1]
    if swap is not None:
        i, j = swap
        values[i], values[j] = values[j], values[i]
    if copy is not None:
        values[copy[0]] = values[copy[1]]
    if n == 0:
        return None
    if shape == "complete":
        # heap layout: node k has children 2k + 1 and 2k + 2; values go in
        # in-order, so the i-th smallest value lands on the i-th node visited
        nodes = [TreeNode(None) for _ in range(n)]
        for k in range(1, n):
            parent = nodes[(k - 1) // 2]
            if k % 2:
                parent.left = nodes[k]
            else:
                parent.right = nodes[k]
        stack, k, it = [], 0, iter(values)
        while stack or k < n:
            while k < n:
                stack.append(k)
                k = 2 * k + 1
            k = stack.pop()
            nodes[k].val = next(it)
            k = 2 * k + 2
        return nodes[0]
    root = node = TreeNode(values[0])
    for i in range(1, n):
        child = TreeNode(values[i])
        go_right = direction == "right" if shape == "chain" else i % 2 == 1
        if go_right:
            node.right = child
        else:
            node.left = child
        node = child
    return root


def nodes_of(root):
    """Every node of the tree as built, iteratively."""
    nodes, stack = [], [root] if root is not None else []
    while stack:
        node = stack.pop()
        nodes.append(node)
        stack.extend(child for child in (node.left, node.right) if child is not None)
    return nodes


def links(nodes):
    """What each node holds: its value and the identity of its children.
    Read from the nodes themselves, so a changed tree (a Morris thread left
    behind) cannot send this round in a loop."""
    return [(node.val, id(node.left), id(node.right)) for node in nodes]


def run(solution, level_order=None, *, generate=None):
    if generate is not None:
        root = make_tree(solution.TreeNode, **generate)
    else:
        root = build_level_order(solution.TreeNode, level_order)
    nodes = nodes_of(root)
    before = links(nodes)
    result = solution.is_valid_bst(root)
    if links(nodes) != before:
        # the statement: do not change the tree
        return "is_valid_bst changed the tree"
    return result
