from array import array


def window_sums(readings, queries):
    values = list(readings)
    prefix = array("q", [0]) * (len(values) + 1)
    for i, value in enumerate(values):
        prefix[i + 1] = prefix[i] + value
    return [prefix[stop] - prefix[start] for start, stop in queries]
