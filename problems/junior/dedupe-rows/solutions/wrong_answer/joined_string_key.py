# Mistake: the key is the cells joined into one string. Different rows can
# give the same string: [1] and ["1"], [None] and ["None"], ["a,b"] and
# ["a", "b"], a tag list and the same text as a plain string.
def dedupe_rows(rows, columns=None):
    seen = set()
    kept = []
    for row in rows:
        cells = row if columns is None else [row[c] for c in columns]
        key = ",".join(",".join(map(str, c)) if isinstance(c, list) else str(c) for c in cells)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept
