class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    dummy = tail = ListNode(None)
    while a is not None and b is not None:
        if b.val < a.val:          # strictly smaller: on ties a goes first
            tail.next, b = b, b.next
        else:
            tail.next, a = a, a.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next
