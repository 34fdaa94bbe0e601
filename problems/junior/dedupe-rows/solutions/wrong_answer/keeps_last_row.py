# Mistake: a dict comprehension keyed on the (hashable) key. The keys keep
# the position of their first occurrence, but each later duplicate
# overwrites the value, so with `columns` the LAST row of each group is
# returned instead of the first.
def _key(row, columns):
    cells = row if columns is None else [row[c] for c in columns]
    return tuple(tuple(c) if isinstance(c, list) else c for c in cells)


def dedupe_rows(rows, columns=None):
    return list({_key(row, columns): row for row in rows}.values())
