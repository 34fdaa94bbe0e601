# Depth-first search with three colours and an explicit stack: a course is
# finished once all its prerequisites are; meeting a course that is still
# "in progress" means a cycle.
def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    needs = [[] for _ in range(n)]
    for course, pre in prerequisites:
        needs[course].append(pre)
    NEW, ACTIVE, DONE = 0, 1, 2
    state = [NEW] * n
    order = []
    for root in range(n):
        if state[root] != NEW:
            continue
        state[root] = ACTIVE
        stack = [(root, iter(needs[root]))]
        while stack:
            course, pending = stack[-1]
            for pre in pending:
                if state[pre] == ACTIVE:
                    return []
                if state[pre] == NEW:
                    state[pre] = ACTIVE
                    stack.append((pre, iter(needs[pre])))
                    break
            else:
                stack.pop()
                state[course] = DONE
                order.append(course)
    return order
