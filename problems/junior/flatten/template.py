def flatten(data: list) -> list:
    """Return a new list of every value inside `data`, in order, with all
    nested lists and tuples opened up (at any depth).

    Only lists and tuples are opened; any other value (a string, bytes, a
    dict, a set, a number, None, ...) is kept whole. `data` must be left
    unchanged.
    """
    raise NotImplementedError("write your solution here")
