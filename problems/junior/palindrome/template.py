def is_palindrome(s: str) -> bool:
    """Return True if `s` reads the same forwards and backwards, counting
    only its letters and digits (str.isalnum) and ignoring case
    (str.casefold)."""
    raise NotImplementedError("write your solution here")
