# TOO SLOW: the textbook "print level d for every d": for each depth it
# walks the tree again from the root (iteratively, so no recursion limit)
# and collects the nodes at that depth. Correct, but O(n * h): a chain of
# 10^4 nodes costs ~5 * 10^7 node visits.
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def _values_at(root, depth):
    values, stack = [], [(root, 0)]
    while stack:
        node, d = stack.pop()
        if node is None:
            continue
        if d == depth:
            values.append(node.val)
        elif d < depth:
            stack.append((node.right, d + 1))   # pushed first, popped last
            stack.append((node.left, d + 1))
    return values


def level_order(root):
    levels = []
    while True:
        level = _values_at(root, len(levels))
        if not level:
            return levels
        levels.append(level)
