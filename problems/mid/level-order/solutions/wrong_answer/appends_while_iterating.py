# MISTAKE: walks the queue list with a for loop while appending the children
# to that same list. The loop also visits the children it has just added,
# so the first "level" swallows the whole tree: [[1, 2, 3, 4, 5]].
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def level_order(root):
    if root is None:
        return []
    levels, queue = [], [root]
    while queue:
        level = []
        for node in queue:
            level.append(node.val)
            if node.left is not None:
                queue.append(node.left)
            if node.right is not None:
                queue.append(node.right)
        levels.append(level)
        queue = queue[len(level):]
    return levels
