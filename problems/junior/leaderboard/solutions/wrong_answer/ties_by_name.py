# Mistake: breaks full ties by name, which "feels" deterministic, instead of
# keeping the submission order the statement asks for.
def leaderboard(results):
    ranked = sorted(results, key=lambda r: (-r[1], r[2], r[0]))
    return [r[0] for r in ranked]
