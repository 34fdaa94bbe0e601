# Correct and stable (shifts only strictly greater keys), but insertion sort
# is O(n^2): ~10^8 steps on 2 * 10^4 random elements.
def merge_sort(items: list, key=None) -> list:
    a = list(items)
    keys = [x if key is None else key(x) for x in a]
    for i in range(1, len(a)):
        x, k = a[i], keys[i]
        j = i - 1
        while j >= 0 and keys[j] > k:
            a[j + 1] = a[j]
            keys[j + 1] = keys[j]
            j -= 1
        a[j + 1] = x
        keys[j + 1] = k
    return a
