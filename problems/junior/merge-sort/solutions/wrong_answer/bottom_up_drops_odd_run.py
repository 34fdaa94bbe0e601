# Mistake: merges the runs two by two, and when the number of runs is odd the
# last one has no partner and is silently dropped. Right only when the length
# is a power of two.
def merge_sort(items: list, key=None) -> list:
    if key is None:
        key = lambda x: x
    runs = [[x] for x in items]
    while len(runs) > 1:
        runs = [_merge(runs[i], runs[i + 1], key) for i in range(0, len(runs) - 1, 2)]
    return runs[0] if runs else []


def _merge(left, right, key):
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(left[i]) <= key(right[j]):
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
