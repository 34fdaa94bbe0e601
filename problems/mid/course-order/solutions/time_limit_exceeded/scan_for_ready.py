# Correct, but finds each next course by scanning every course for one that
# is not taken yet and has no untaken prerequisites: O(n) per course, O(n^2)
# in all, even when there are no prerequisites at all.
def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    unlocks = [[] for _ in range(n)]
    indegree = [0] * n
    for c, p in prerequisites:
        unlocks[p].append(c)
        indegree[c] += 1
    taken = [False] * n
    order = []
    for _ in range(n):
        for c in range(n):
            if not taken[c] and indegree[c] == 0:
                break
        else:
            return []  # nothing is ready: a cycle
        taken[c] = True
        order.append(c)
        for d in unlocks[c]:
            indegree[d] -= 1
    return order
