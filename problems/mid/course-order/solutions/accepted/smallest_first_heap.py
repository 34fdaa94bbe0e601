import heapq


def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    """Kahn's algorithm with a heap: always takes the lowest-numbered course
    that is ready, which gives the lexicographically smallest order."""
    unlocks = [[] for _ in range(n)]
    indegree = [0] * n
    for course, pre in prerequisites:
        unlocks[pre].append(course)
        indegree[course] += 1
    ready = [c for c in range(n) if indegree[c] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        pre = heapq.heappop(ready)
        order.append(pre)
        for course in unlocks[pre]:
            indegree[course] -= 1
            if indegree[course] == 0:
                heapq.heappush(ready, course)
    return order if len(order) == n else []
