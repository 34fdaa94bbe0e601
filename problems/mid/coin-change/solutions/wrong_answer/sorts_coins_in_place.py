# Mistake: sorts the caller's list in place (to stop the inner loop early),
# so the caller's coins come back reordered. sorted(coins) makes a copy.
def min_coins(coins: list[int], amount: int) -> int:
    coins.sort()
    INF = float("inf")
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c > a:
                break
            best[a] = min(best[a], best[a - c] + 1)
    return -1 if best[amount] == INF else best[amount]
