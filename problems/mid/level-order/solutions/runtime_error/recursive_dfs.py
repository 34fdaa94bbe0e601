# CRASH on deep trees: a depth-first walk that files each value under its
# depth gives the right levels, but it recurses once per level, and a tree
# 10^4 levels deep goes far past Python's recursion limit (RecursionError).
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def level_order(root):
    levels = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return levels
