# Mistake: opens everything iterable except strings, so dicts turn into their
# keys, sets into their elements and bytes into small ints.
from collections.abc import Iterable


def flatten(data: list) -> list:
    out = []
    for x in data:
        if isinstance(x, Iterable) and not isinstance(x, str):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
