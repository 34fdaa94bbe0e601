def leaderboard(results: list[list]) -> list[str]:
    """results: [[name, points, minutes], ...] in submission order.

    Return the names: more points first, then fewer minutes, then earlier in
    results. Do not modify results.
    """
    raise NotImplementedError("write your solution here")
