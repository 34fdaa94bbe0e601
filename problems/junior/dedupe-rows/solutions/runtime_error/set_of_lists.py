# Crash: rows are lists, and lists are unhashable, so `row in seen` on a set
# raises TypeError: unhashable type: 'list'.
def dedupe_rows(rows, columns=None):
    seen = set()
    kept = []
    for row in rows:
        key = row if columns is None else [row[c] for c in columns]
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept
