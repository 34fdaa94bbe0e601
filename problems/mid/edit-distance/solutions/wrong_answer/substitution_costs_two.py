# Mistake: a substitution is priced as a deletion plus an insertion (cost 2),
# which is the "insert/delete only" distance, len(a) + len(b) - 2 * LCS.
def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (0 if ca == cb else 2)))
        prev = cur
    return prev[-1]
