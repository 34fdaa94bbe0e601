def is_balanced(s: str) -> bool:
    """Return True if the brackets (), [] and {} in `s` are balanced.

    Every other character is ignored.
    """
    raise NotImplementedError("write your solution here")
