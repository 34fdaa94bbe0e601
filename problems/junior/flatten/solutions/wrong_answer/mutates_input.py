# Mistake: flattens in place, splicing each sublist into the caller's list,
# and returns that same list. The values come out right, but the caller's
# data is destroyed.
def flatten(data: list) -> list:
    i = 0
    while i < len(data):
        if isinstance(data[i], (list, tuple)):
            data[i:i + 1] = data[i]
        else:
            i += 1
    return data
