class TreeNode:
    """One node of a binary tree. Keep this class as it is: the tests
    build their trees with it."""

    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def level_order(root):
    """Return the values of the tree rooted at `root` level by level: a
    list of lists, the root's level first, each level from left to right.
    An empty tree (root is None) gives [].
    """
    raise NotImplementedError
