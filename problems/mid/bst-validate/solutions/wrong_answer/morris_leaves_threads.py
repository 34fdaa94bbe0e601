class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    """MISTAKE: a Morris in-order walk (O(1) extra memory: it threads each
    left subtree's last node back to its ancestor, and unthreads it on the
    second visit), but it returns False as soon as the order breaks,
    leaving the threads it made in the caller's tree. The answers are
    right; the tree is changed, which the statement forbids."""
    prev = None
    node = root
    while node is not None:
        if node.left is None:
            if prev is not None and node.val <= prev:
                return False
            prev = node.val
            node = node.right
            continue
        pred = node.left
        while pred.right is not None and pred.right is not node:
            pred = pred.right
        if pred.right is None:
            pred.right = node  # thread: come back to node after its left subtree
            node = node.left
        else:
            pred.right = None  # second visit: unthread
            if prev is not None and node.val <= prev:
                return False
            prev = node.val
            node = node.right
    return True
