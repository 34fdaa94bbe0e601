class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    if a is None:
        return b
    if b is None:
        return a
    # pick the head without a dummy node, then splice the rest
    if b.val < a.val:
        head, b = b, b.next
    else:
        head, a = a, a.next
    tail = head
    while a and b:
        if a.val <= b.val:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
    tail.next = a or b
    return head
