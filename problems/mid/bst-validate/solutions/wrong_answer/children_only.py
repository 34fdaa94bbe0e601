# MISTAKE: the classic one. It checks that each node's left child is smaller
# and its right child larger, but not that the whole subtree fits: a
# grandchild on the wrong side of an ancestor is never noticed, e.g. 4 in
#     5
#    / \
#   1   8
#      /
#     4
class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.left is not None:
            if node.left.val >= node.val:
                return False
            stack.append(node.left)
        if node.right is not None:
            if node.right.val <= node.val:
                return False
            stack.append(node.right)
    return True
