def _key(row, columns):
    if columns is not None:
        row = [row[c] for c in columns]
    return tuple(tuple(c) if isinstance(c, list) else c for c in row)


def dedupe_rows(rows, columns=None):
    # dicts keep insertion order, and setdefault keeps the first value.
    first = {}
    for row in rows:
        first.setdefault(_key(row, columns), row)
    return list(first.values())
