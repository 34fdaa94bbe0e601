def min_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins, with each value in `coins` usable any number
    of times, that add up to exactly `amount`; -1 if it cannot be done.

    Do not modify `coins`.
    """
    raise NotImplementedError("write your solution here")
