# Mistake: a "shortcut" for equal lengths that counts the positions that
# differ (Hamming distance). That only allows substitutions: "abcd" ->
# "bcda" is 2 edits (delete "a", append "a"), not 4.
def edit_distance(a: str, b: str) -> int:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b))
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
