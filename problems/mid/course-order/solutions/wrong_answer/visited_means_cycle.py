# Mistake: DFS cycle detection with a single "visited" set. Reaching a course
# that was already visited is taken as a cycle, but that also happens with no
# cycle at all, when two courses share a prerequisite (a diamond).
def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    needs = [[] for _ in range(n)]
    for c, p in prerequisites:
        needs[c].append(p)
    visited = set()
    order = []
    for root in range(n):
        if root in visited:
            continue
        visited.add(root)
        stack = [(root, iter(needs[root]))]
        while stack:
            c, pending = stack[-1]
            for p in pending:
                if p in visited:
                    return []
                visited.add(p)
                stack.append((p, iter(needs[p])))
                break
            else:
                stack.pop()
                order.append(c)
    return order
