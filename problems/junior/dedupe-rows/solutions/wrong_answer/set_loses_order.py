# Mistake: whole rows are frozen into tuples and put in a set, then turned
# back into lists. Duplicates are gone, but a set has no order, so the rows
# come back scrambled. (With `columns` it uses an ordered dict and is right.)
def _freeze(row):
    return tuple(tuple(c) if isinstance(c, list) else c for c in row)


def _thaw(key):
    return [list(c) if isinstance(c, tuple) else c for c in key]


def dedupe_rows(rows, columns=None):
    if columns is None:
        return [_thaw(key) for key in set(map(_freeze, rows))]
    first = {}
    for row in rows:
        first.setdefault(_freeze([row[c] for c in columns]), row)
    return list(first.values())
