from array import array


def window_sums(readings, queries):
    # counts the readings first, then reads them again: an iterator is
    # already used up by then
    n = sum(1 for _ in readings)
    prefix = array("q", [0]) * (n + 1)
    for i, value in enumerate(readings):
        prefix[i + 1] = prefix[i] + value
    return [prefix[stop] - prefix[start] for start, stop in queries]
