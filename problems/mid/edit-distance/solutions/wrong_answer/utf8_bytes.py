# Mistake: works on the UTF-8 bytes instead of the characters. "é" is two
# bytes and "日" three, so one changed character can cost several edits.
def edit_distance(a: str, b: str) -> int:
    a, b = a.encode("utf-8"), b.encode("utf-8")
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
