def tally(words: list[str], counts: dict[str, int] | None = None) -> dict[str, int]:
    """Count the words. Without counts: return a new dict. With counts: add
    to that dict in place and return it.
    """
    raise NotImplementedError("write your solution here")
