# Correct, but plain recursion without memoisation: the same remaining amount
# is solved again and again, and the number of calls grows exponentially
# with the amount. (It raises the recursion limit, so depth is not what
# stops it.)
import sys


def min_coins(coins: list[int], amount: int) -> int:
    sys.setrecursionlimit(max(1000, amount + 100))
    values = sorted(set(coins), reverse=True)

    def fewest(rest):
        if rest == 0:
            return 0
        best = -1
        for c in values:
            if c <= rest:
                sub = fewest(rest - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
