def merge_sort(items: list, key=None) -> list:
    if key is None:
        key = lambda x: x
    return _sort(list(items), key)


def _sort(a: list, key) -> list:
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = _sort(a[:mid], key)
    right = _sort(a[mid:], key)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        # <= takes from the left on ties: that is what keeps the sort stable
        if key(left[i]) <= key(right[j]):
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
