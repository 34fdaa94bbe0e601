def edit_distance(a: str, b: str) -> int:
    """Return the fewest single-character insertions, deletions and
    substitutions that turn `a` into `b` (the Levenshtein distance).
    Characters are Unicode code points and are compared exactly."""
    raise NotImplementedError("write your solution here")
