# Mistake: the BFS only checks for a match when it takes a coin, so amount 0
# (already reached with no coins at all) is never found and gives -1.
def min_coins(coins: list[int], amount: int) -> int:
    seen = {0}
    frontier, level = [0], 0
    while frontier:
        level += 1
        nxt = []
        for total in frontier:
            for c in coins:
                t = total + c
                if t == amount:
                    return level
                if t < amount and t not in seen:
                    seen.add(t)
                    nxt.append(t)
        frontier = nxt
    return -1
