# MISTAKE: None means "no bound", but the test is "if low and ...", which
# also skips a bound of 0. Under a node with value 0 the bound it sets is
# ignored: [0, null, 5, -1] (-1 in the right subtree of 0) passes.
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    stack = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if low and node.val <= low:          # should be: low is not None
            return False
        if high and node.val >= high:        # should be: high is not None
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
