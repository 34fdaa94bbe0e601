# Mistake: opens the top level's sublists but not what is inside them.
def flatten(data: list) -> list:
    out = []
    for x in data:
        if isinstance(x, (list, tuple)):
            out.extend(x)
        else:
            out.append(x)
    return out
