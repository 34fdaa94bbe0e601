# TOO SLOW: takes the nodes of b one at a time and inserts each into a,
# searching for its place from the head of a every time. Correct (ties keep
# a's nodes first, since b's node goes after every node <= it), but the
# searches cost O(len(a) + len(b)) each: O(n * m) in all.
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def merge(a, b):
    head = a
    while b is not None:
        node, b = b, b.next
        if head is None or node.val < head.val:
            node.next, head = head, node
            continue
        prev = head
        while prev.next is not None and prev.next.val <= node.val:
            prev = prev.next
        node.next, prev.next = prev.next, node
    return head
