class ListNode:
    """One node of a singly linked list. Keep this class as it is: the
    tests build their lists with it."""

    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    """Merge two sorted linked lists into one sorted list.

    `a` and `b` are the head nodes of two lists sorted in non-decreasing
    order (either may be None, the empty list). Relink the existing nodes
    (create no new ListNode) and return the head of the merged list. On
    equal values, the node from `a` comes first.
    """
    raise NotImplementedError
