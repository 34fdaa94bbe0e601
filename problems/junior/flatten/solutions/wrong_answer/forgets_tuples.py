# Mistake: only lists are opened, so tuples come through whole.
def flatten(data: list) -> list:
    out = []
    for x in data:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
