def edit_distance(a: str, b: str) -> int:
    n, m = len(a), len(b)
    # d[i][j]: distance between the first i characters of a and the first j of b
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        row, up = d[i], d[i - 1]
        ai = a[i - 1]
        for j in range(1, m + 1):
            if ai == b[j - 1]:
                row[j] = up[j - 1]
            else:
                row[j] = 1 + min(up[j - 1], up[j], row[j - 1])
    return d[n][m]
