# Mistake: stores each course's dependants in a set (so a pair listed twice
# is kept once) but counts in-degrees once per listed pair. A repeated pair
# leaves its course waiting for a decrement that never comes: a false cycle.
from collections import deque


def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    unlocks = [set() for _ in range(n)]
    indegree = [0] * n
    for c, p in prerequisites:
        unlocks[p].add(c)
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
    return order if len(order) == n else []
