# CRASH: reads a.val and b.val to choose the head before checking whether
# either list is empty: merge(None, ...) raises AttributeError.
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    if a.val <= b.val:
        head, a = a, a.next
    else:
        head, b = b, b.next
    tail = head
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return head
