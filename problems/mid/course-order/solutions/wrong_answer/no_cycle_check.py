# Mistake: Kahn's algorithm without the final check. Courses on a cycle (a
# self-loop [c, c] included) never become ready, and the solution returns
# the courses it managed to order instead of [].
from collections import deque


def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    unlocks = [[] for _ in range(n)]
    indegree = [0] * n
    for c, p in prerequisites:
        unlocks[p].append(c)
        indegree[c] += 1
    ready = deque(c for c in range(n) if indegree[c] == 0)
    order = []
    while ready:
        p = ready.popleft()
        order.append(p)
        for c in unlocks[p]:
            indegree[c] -= 1
            if indegree[c] == 0:
                ready.append(c)
    return order
