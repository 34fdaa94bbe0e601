# Correct but too slow: `key not in seen` on a LIST compares the key with
# every key kept so far, so n rows cost O(n^2) comparisons.
def dedupe_rows(rows, columns=None):
    seen = []
    kept = []
    for row in rows:
        key = row if columns is None else [row[c] for c in columns]
        if key not in seen:
            seen.append(key)
            kept.append(row)
    return kept
