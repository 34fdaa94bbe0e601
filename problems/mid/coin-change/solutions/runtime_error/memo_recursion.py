# Top-down with a memo: the right complexity, but each call goes one coin
# deeper. With a 1 coin tried first, amount 10,000 means 10,000 nested calls,
# far past Python's recursion limit (about 1000): RecursionError.
from functools import lru_cache


def min_coins(coins: list[int], amount: int) -> int:
    @lru_cache(maxsize=None)
    def fewest(rest):
        if rest == 0:
            return 0
        best = -1
        for c in coins:
            if c <= rest:
                sub = fewest(rest - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
