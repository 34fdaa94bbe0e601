# MISTAKE: copies the values into a Python list, sorts them and builds a
# brand-new linked list. The values are right (sorted() is stable, so even
# ties keep a before b), but merge was asked to relink the existing nodes,
# not to create new ones, and it uses O(n) extra memory.
class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def _values(node):
    out = []
    while node is not None:
        out.append(node.val)
        node = node.next
    return out


def merge(a, b):
    head = None
    for v in reversed(sorted(_values(a) + _values(b))):
        head = ListNode(v, head)
    return head
