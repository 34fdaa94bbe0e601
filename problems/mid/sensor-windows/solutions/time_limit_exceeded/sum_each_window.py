from array import array


def window_sums(readings, queries):
    # the log is kept compactly, but every window is added up again
    values = array("q", readings)
    return [sum(values[start:stop]) for start, stop in queries]
