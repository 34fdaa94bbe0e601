# MISTAKE: puts every child into the next level, None included, and only
# filters the Nones when reading values. The level below the leaves is all
# Nones, so it is added as a last, empty level: [[1], [2, 3], []]. An empty
# tree gives [[]] instead of [].
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def level_order(root):
    levels, level = [], [root]
    while level:
        levels.append([node.val for node in level if node is not None])
        level = [child for node in level if node is not None for child in (node.left, node.right)]
    return levels
