# Mistake: the recursive calls do not pass key on, so the halves are sorted by
# the elements themselves and only the last merge uses the key.
def merge_sort(items: list, key=None) -> list:
    k = key if key is not None else (lambda x: x)
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if k(left[i]) <= k(right[j]):
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
