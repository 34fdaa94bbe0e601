# CRASH: correct, and the textbook way to write it, but recursive: one
# Python call per level. A degenerate tree 10^4 levels deep goes past the
# default recursion limit (1000) and raises RecursionError.
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root, low=None, high=None):
    if root is None:
        return True
    if (low is not None and root.val <= low) or (high is not None and root.val >= high):
        return False
    return (is_valid_bst(root.left, low, root.val)
            and is_valid_bst(root.right, root.val, high))
