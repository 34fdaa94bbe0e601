# Top-down with a memo: the right O(n * m) work, but the recursion goes one
# level deeper per character, up to len(a) + len(b) levels. Two strings of
# several hundred characters pass Python's recursion limit: RecursionError.
from functools import lru_cache


def edit_distance(a: str, b: str) -> int:
    @lru_cache(maxsize=None)
    def dist(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))

    return dist(0, 0)
