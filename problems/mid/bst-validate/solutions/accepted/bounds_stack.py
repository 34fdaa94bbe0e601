class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    """Every node must lie strictly inside the open interval its ancestors
    allow. An explicit stack of (node, low, high) instead of recursion, with
    None for "no bound" (any int can be a value, so no number can stand in
    for infinity... except float('inf'), which would work too)."""
    stack = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        value = node.val
        if (low is not None and value <= low) or (high is not None and value >= high):
            return False
        stack.append((node.left, low, value))
        stack.append((node.right, value, high))
    return True
