# MISTAKE: uses -sys.maxsize - 1 and sys.maxsize as "minus infinity" and
# "infinity". Python ints have no such limit: a tree holding a value at or
# beyond them (10**20, or exactly sys.maxsize) is wrongly rejected.
import sys

class TreeNode:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def is_valid_bst(root):
    stack = [(root, -sys.maxsize - 1, sys.maxsize)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not low < node.val < high:
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
