def min_coins(coins: list[int], amount: int) -> int:
    # Coins in the outer loop, amounts rising in the inner one: best[a - c]
    # may already use coin c, so every coin can be used any number of times.
    best = [0] + [float("inf")] * amount
    for c in set(coins):
        for a in range(c, amount + 1):
            if best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == float("inf") else best[amount]
