# MISTAKE: compares with < instead of <=, so on equal values the node from
# b is taken before the node from a. The values come out sorted, but the
# merge is not stable: the statement wants a's node first on ties.
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    dummy = tail = ListNode(None)
    while a is not None and b is not None:
        if a.val < b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next
