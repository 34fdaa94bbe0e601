# CRASH on long lists: the classic recursive merge is correct, but it
# recurses once per node, and lists of thousands of nodes go past Python's
# recursion limit (RecursionError).
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a.val <= b.val:
        a.next = merge(a.next, b)
        return a
    b.next = merge(a, b.next)
    return b
