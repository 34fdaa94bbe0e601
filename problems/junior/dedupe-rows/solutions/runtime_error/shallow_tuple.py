# Crash: tuple(row) is only hashable if every cell is. A row with a list
# cell (["ann", ["admin", "dev"]]) gives a tuple holding a list, and hashing
# it raises TypeError: unhashable type: 'list'.
def dedupe_rows(rows, columns=None):
    seen = set()
    kept = []
    for row in rows:
        key = tuple(row) if columns is None else tuple(row[c] for c in columns)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept
