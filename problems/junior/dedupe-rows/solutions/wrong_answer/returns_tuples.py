# Mistake: returns the hashable keys it built (tuples) instead of the rows.
# A tuple is not a list: (1, "a") != [1, "a"]. With `columns` it even
# returns only the key columns.
def dedupe_rows(rows, columns=None):
    result = {}
    for row in rows:
        cells = row if columns is None else [row[c] for c in columns]
        result[tuple(tuple(c) if isinstance(c, list) else c for c in cells)] = None
    return list(result)
