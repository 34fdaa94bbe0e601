"""Driver for level-order: builds a tree with the solution's TreeNode and
calls level_order(root).

run(solution, tree)
    `tree` is a list in the level-order encoding of the statement (None
    for a missing child; trailing Nones may be left out). Returns what
    level_order returned, unchanged.
run(solution, shape, n)
    A large tree built here, with values 0..n-1:
      "left-chain" / "right-chain": every node has one child, on that side
      "zigzag": one child per node, alternately left and right
      "complete": node i has children 2i+1 and 2i+2 (when < n)
      "caterpillar": a spine of right children, each with a left leaf
    Returns a summary of the result instead of the whole list:
    {"levels": how many levels, "widest": the largest level's length,
     "checksum": a hash of every value in order, level by level}, or a
    description of the result if it is not a list of lists.
"""

from collections import deque

_MOD = (1 << 61) - 1


def _from_encoding(TreeNode, values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def _shape(TreeNode, shape, n):
    nodes = [TreeNode(i) for i in range(n)]
    if shape == "complete":
        for i, node in enumerate(nodes):
            if 2 * i + 1 < n:
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < n:
                node.right = nodes[2 * i + 2]
    elif shape in ("left-chain", "right-chain", "zigzag"):
        for i in range(n - 1):
            side = shape == "right-chain" or (shape == "zigzag" and i % 2 == 1)
            if side:
                nodes[i].right = nodes[i + 1]
            else:
                nodes[i].left = nodes[i + 1]
    elif shape == "caterpillar":
        # spine 0, 2, 4, ... going right; the leaf i + 1 hangs left of i
        for i in range(0, n, 2):
            if i + 1 < n:
                nodes[i].left = nodes[i + 1]
            if i + 2 < n:
                nodes[i].right = nodes[i + 2]
    else:
        raise ValueError("unknown shape %r" % (shape,))
    return nodes[0] if nodes else None


def _summary(result):
    if type(result) is not list:
        return "not a list: %s" % type(result).__name__
    checksum, widest = 0, 0
    for level in result:
        if type(level) is not list:
            return "a level is not a list: %s" % type(level).__name__
        widest = max(widest, len(level))
        for v in level:
            if type(v) is not int:
                return "a value is not an int: %r" % (v,)
            checksum = (checksum * 1000003 + v + 1) % _MOD
        checksum = (checksum * 1000003) % _MOD   # end of a level
    return {"levels": len(result), "widest": widest, "checksum": checksum}


def run(solution, tree, n=None):
    if isinstance(tree, list):
        return solution.level_order(_from_encoding(solution.TreeNode, tree))
    return _summary(solution.level_order(_shape(solution.TreeNode, tree, n)))
