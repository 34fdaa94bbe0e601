# Mistake: sorts ascending and reverses the whole list for "more points
# first". The reversal also reverses the order of full ties: among equal
# points and minutes the LAST submitter comes first.
def leaderboard(results):
    ranked = sorted(results, key=lambda r: (r[1], -r[2]))
    ranked.reverse()
    return [r[0] for r in ranked]
