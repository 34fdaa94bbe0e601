def leaderboard(results):
    # One tuple key: negate points to get "more first" in an ascending
    # sort; sorted is stable, so full ties keep their input order.
    ranked = sorted(results, key=lambda r: (-r[1], r[2]))
    return [r[0] for r in ranked]
