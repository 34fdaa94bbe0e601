def _freeze(cell):
    # A list cell becomes a tuple so that the whole key is hashable.
    return tuple(cell) if isinstance(cell, list) else cell


def dedupe_rows(rows, columns=None):
    seen = set()
    kept = []
    for row in rows:
        cells = row if columns is None else [row[c] for c in columns]
        key = tuple(_freeze(cell) for cell in cells)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept
