"""Calls min_coins and checks afterwards that it left its `coins` argument
as it was: the caller still owns that list. A changed list is reported as
the result, so it shows up as a wrong answer that says what happened."""


def run(solution, coins, amount):
    before = list(coins)
    result = solution.min_coins(coins, amount)
    if coins != before:
        return {"error": "min_coins modified its coins argument",
                "coins before the call": before, "coins after the call": list(coins)}
    return result
