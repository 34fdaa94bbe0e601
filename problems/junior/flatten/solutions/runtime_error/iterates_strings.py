# Mistake: "anything iterable is nested". A one-character string iterates to
# itself, so the recursion never ends: RecursionError.
def flatten(data: list) -> list:
    out = []
    for x in data:
        if hasattr(x, "__iter__"):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
