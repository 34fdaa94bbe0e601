# Mistake: greedy. Taking as many of the largest coin as fit and moving on is
# optimal for everyday currencies, not in general: with [1, 3, 4] and 6 it
# gives 4 + 1 + 1 (3 coins) instead of 3 + 3 (2 coins), and with [5, 3] and
# 9 it gets stuck after 5 + 3 although 3 + 3 + 3 works.
def min_coins(coins: list[int], amount: int) -> int:
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
