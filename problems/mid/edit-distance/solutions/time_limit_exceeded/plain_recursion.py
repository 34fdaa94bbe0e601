# Correct, but the textbook recursion without memoisation: the same pair of
# suffixes is solved over and over, about 3^n calls when nothing matches.
# (It raises the recursion limit, so depth is not what stops it.)
import sys


def edit_distance(a: str, b: str) -> int:
    sys.setrecursionlimit(max(1000, len(a) + len(b) + 100))

    def dist(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return dist(i + 1, j + 1)
        return 1 + min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1))

    return dist(0, 0)
