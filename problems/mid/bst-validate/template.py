class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    """Return True if the binary tree rooted at `root` (a TreeNode, or None
    for the empty tree) is a binary search tree with distinct values: for
    every node, all values in its left subtree are smaller than its value
    and all values in its right subtree are larger.

    The tree can be 10^4 levels deep. Expected: O(n) time.
    """
    raise NotImplementedError
