# Mistake: collects the courses from the prerequisite pairs, so a course that
# appears in no pair (no prerequisites, needed by nothing) is left out.
from collections import defaultdict, deque


def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    unlocks = defaultdict(list)
    indegree = {}
    for c, p in prerequisites:
        unlocks[p].append(c)
        indegree[c] = indegree.get(c, 0) + 1
        indegree.setdefault(p, 0)
    ready = deque(sorted(c for c, d in indegree.items() if d == 0))
    order = []
    while ready:
        p = ready.popleft()
        order.append(p)
        for c in unlocks[p]:
            indegree[c] -= 1
            if indegree[c] == 0:
                ready.append(c)
    return order if len(order) == len(indegree) else []
