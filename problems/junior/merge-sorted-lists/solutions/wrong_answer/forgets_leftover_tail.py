# MISTAKE: the loop stops as soon as one list runs out, and the rest of the
# other list is never attached: merge(1->5->9, 2) gives 1->2 and loses 5->9.
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    dummy = tail = ListNode(None)
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = None  # the leftover of a or b is dropped here
    return dummy.next
