def edit_distance(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a  # keep the row as short as possible
    prev = list(range(len(b) + 1))  # distances from "" to each prefix of b
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1,               # delete ca
                           cur[j - 1] + 1,            # insert cb
                           prev[j - 1] + (ca != cb)))  # keep or substitute
        prev = cur
    return prev[-1]
