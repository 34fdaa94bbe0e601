from array import array


def window_sums(readings, queries):
    prefix = array("q", [0])
    append = prefix.append
    total = 0
    for value in readings:
        total += value
        append(total)
    return [prefix[stop] - prefix[start] for start, stop in queries]
