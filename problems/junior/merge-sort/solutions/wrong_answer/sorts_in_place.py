# Mistake: the textbook in-place version. It sorts the caller's list itself
# (writing the merged runs back into items) and returns it, so the caller's
# list is changed.
def merge_sort(items: list, key=None) -> list:
    if key is None:
        key = lambda x: x
    _sort(items, 0, len(items), key)
    return items


def _sort(a, lo, hi, key):
    if hi - lo <= 1:
        return
    mid = (lo + hi) // 2
    _sort(a, lo, mid, key)
    _sort(a, mid, hi, key)
    left, right = a[lo:mid], a[mid:hi]
    i = j = 0
    k = lo
    while i < len(left) and j < len(right):
        if key(left[i]) <= key(right[j]):
            a[k] = left[i]
            i += 1
        else:
            a[k] = right[j]
            j += 1
        k += 1
    for x in left[i:] + right[j:]:
        a[k] = x
        k += 1
