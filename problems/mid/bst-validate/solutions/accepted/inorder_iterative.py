class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    """An in-order walk of a BST visits the values in increasing order, so
    compare each value with the one visited just before it."""
    stack = []
    previous = None
    node = root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val <= previous.val:
            return False
        previous = node
        node = node.right
    return True
