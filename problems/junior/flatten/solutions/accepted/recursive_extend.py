def flatten(data: list) -> list:
    out = []
    for x in data:
        if isinstance(x, (list, tuple)):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
