def min_coins(coins: list[int], amount: int) -> int:
    INF = amount + 1  # more coins than any real answer can need
    best = [0] + [INF] * amount  # best[a]: fewest coins that make a
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] <= amount else -1
