# Breadth-first search: level k holds every amount reachable with k coins, so
# the first level that reaches `amount` gives the fewest coins.
def min_coins(coins: list[int], amount: int) -> int:
    values = sorted(set(coins))  # a sorted copy; the caller's list is untouched
    seen = bytearray(amount + 1)
    seen[0] = 1
    level, frontier = 0, [0]
    while frontier:
        if seen[amount]:
            return level
        level += 1
        nxt = []
        for total in frontier:
            for c in values:
                t = total + c
                if t > amount:
                    break
                if not seen[t]:
                    seen[t] = 1
                    nxt.append(t)
        frontier = nxt
    return -1
