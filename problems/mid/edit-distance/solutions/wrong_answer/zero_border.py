# Mistake: the first row and column of the table are left at 0. Turning a
# prefix of one string into the empty string costs its length, not nothing,
# so leading and trailing extra characters come out free.
def edit_distance(a: str, b: str) -> int:
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                d[i][j] = d[i - 1][j - 1]
            else:
                d[i][j] = 1 + min(d[i - 1][j - 1], d[i - 1][j], d[i][j - 1])
    return d[n][m]
