"""Driver for merge-sorted-lists.

run(solution, a, b): builds two linked lists from the lists of values `a`
and `b` with the solution's own ListNode, calls solution.merge(head_a,
head_b), and walks the list it returns.

It returns {"values": [...], "from": "..."}: the values in order, and for
each node where it came from: "a" or "b" for an original node, "?" for a
node that merge created (the statement demands relinking). The walk stops
after len(a) + len(b) + 1 nodes, so a cycle shows up as a list that is too
long rather than a hang.
"""


def _build(solution, values):
    nodes = [solution.ListNode(v) for v in values]
    for first, second in zip(nodes, nodes[1:]):
        first.next = second
    return nodes


def run(solution, a, b):
    nodes_a = _build(solution, a)
    nodes_b = _build(solution, b)
    origin = {id(n): "a" for n in nodes_a}
    origin.update({id(n): "b" for n in nodes_b})
    node = solution.merge(nodes_a[0] if nodes_a else None, nodes_b[0] if nodes_b else None)
    values, sources = [], []
    limit = len(a) + len(b) + 1
    while node is not None and len(values) < limit:
        values.append(node.val)
        # nodes_a and nodes_b keep every original node alive, so an id
        # cannot be reused by a node that merge created
        sources.append(origin.get(id(node), "?"))
        node = node.next
    return {"values": values, "from": "".join(sources)}
