# Mistake: "removes the duplicates in place": the answer is right, but the
# caller's list is overwritten (rows[:] = ...), which the task forbids.
def dedupe_rows(rows, columns=None):
    seen = set()
    kept = []
    for row in rows:
        cells = row if columns is None else [row[c] for c in columns]
        key = tuple(tuple(c) if isinstance(c, list) else c for c in cells)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    rows[:] = kept
    return rows
