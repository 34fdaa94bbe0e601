# Mistake: `if not columns` treats an empty list of columns like None, and
# compares whole rows, although with columns=[] every row is a duplicate of
# the first one.
def dedupe_rows(rows, columns=None):
    seen = set()
    kept = []
    for row in rows:
        cells = [row[c] for c in columns] if columns else row
        key = tuple(tuple(c) if isinstance(c, list) else c for c in cells)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept
