# Mistake: compares with < instead of <=, so on equal keys the merge takes the
# element from the right half first: equal keys come out of order.
def merge_sort(items: list, key=None) -> list:
    if key is None:
        key = lambda x: x
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left = merge_sort(items[:mid], key)
    right = merge_sort(items[mid:], key)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(left[i]) < key(right[j]):
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
