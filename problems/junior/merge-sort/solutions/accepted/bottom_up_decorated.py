def merge_sort(items: list, key=None) -> list:
    # Compute each key once, then merge runs of width 1, 2, 4, ... bottom-up.
    keys = list(items) if key is None else [key(x) for x in items]
    order = list(range(len(items)))       # indices, sorted by keys
    n = len(order)
    width = 1
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            mid, hi = min(lo + width, n), min(lo + 2 * width, n)
            i, j = lo, mid
            while i < mid and j < hi:
                if keys[order[j]] < keys[order[i]]:   # strictly less: ties stay left
                    merged.append(order[j])
                    j += 1
                else:
                    merged.append(order[i])
                    i += 1
            merged.extend(order[i:mid])
            merged.extend(order[j:hi])
        order = merged
        width *= 2
    return [items[k] for k in order]
