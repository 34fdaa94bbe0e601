from collections import deque


def course_order(n: int, prerequisites: list[list[int]]) -> list[int]:
    unlocks = [[] for _ in range(n)]
    missing = [0] * n  # prerequisites not yet taken
    for course, pre in prerequisites:
        unlocks[pre].append(course)
        missing[course] += 1
    ready = deque(c for c in range(n) if missing[c] == 0)
    order = []
    while ready:
        pre = ready.popleft()
        order.append(pre)
        for course in unlocks[pre]:
            missing[course] -= 1
            if missing[course] == 0:
                ready.append(course)
    # Courses on (or behind) a cycle never become ready.
    return order if len(order) == n else []
