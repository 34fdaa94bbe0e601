# Mistake: the amounts loop runs downwards, as in 0/1 knapsack, so each coin
# value can be used at most once; [1, 2, 5] and 11 needs 5 twice.
def min_coins(coins: list[int], amount: int) -> int:
    INF = float("inf")
    best = [0] + [INF] * amount
    for c in coins:
        for a in range(amount, c - 1, -1):
            best[a] = min(best[a], best[a - c] + 1)
    return -1 if best[amount] == INF else best[amount]
