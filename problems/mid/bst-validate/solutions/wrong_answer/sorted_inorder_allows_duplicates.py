# MISTAKE: collects the in-order values and compares them with sorted(),
# which only checks that they never decrease. A repeated value passes,
# although the statement requires distinct values (strictly smaller on the
# left, strictly larger on the right).
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    values, stack, node = [], [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        values.append(node.val)
        node = node.right
    return values == sorted(values)
