# Mistake: reads [c, p] the wrong way round ("c comes before p"), so every
# prerequisite ends up after the course that needs it.
from collections import deque


def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    after = [[] for _ in range(n)]
    indegree = [0] * n
    for c, p in prerequisites:
        after[c].append(p)
        indegree[p] += 1
    ready = deque(x for x in range(n) if indegree[x] == 0)
    order = []
    while ready:
        x = ready.popleft()
        order.append(x)
        for y in after[x]:
            indegree[y] -= 1
            if indegree[y] == 0:
                ready.append(y)
    return order if len(order) == n else []
