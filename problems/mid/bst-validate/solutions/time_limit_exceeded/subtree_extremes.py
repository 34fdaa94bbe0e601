# TOO SLOW: correct (and iterative, so deep trees do not crash it), but for
# every node it walks the node's whole left subtree to find its largest value
# and the whole right subtree to find its smallest: O(n * depth), which is
# O(n^2) on a degenerate tree.
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def _values(node):
    stack = [node] if node is not None else []
    while stack:
        node = stack.pop()
        yield node.val
        if node.left is not None:
            stack.append(node.left)
        if node.right is not None:
            stack.append(node.right)


def is_valid_bst(root):
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.left is not None:
            if max(_values(node.left)) >= node.val:
                return False
            stack.append(node.left)
        if node.right is not None:
            if min(_values(node.right)) <= node.val:
                return False
            stack.append(node.right)
    return True
