# A recursive DFS: right on small inputs, but a long chain of prerequisites
# recurses once per course and passes Python's recursion limit (about 1000):
# RecursionError.
def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    needs = [[] for _ in range(n)]
    for c, p in prerequisites:
        needs[c].append(p)
    state = [0] * n  # 0 new, 1 in progress, 2 done
    order = []

    def visit(c):
        state[c] = 1
        for p in needs[c]:
            if state[p] == 1 or (state[p] == 0 and not visit(p)):
                return False
        state[c] = 2
        order.append(c)
        return True

    for c in range(n):
        if state[c] == 0 and not visit(c):
            return []
    return order
