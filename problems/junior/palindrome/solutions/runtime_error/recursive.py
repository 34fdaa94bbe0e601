# Recursion one character at a time: correct on short strings, but a long
# string goes far past Python's recursion limit (RecursionError).
def is_palindrome(s: str) -> bool:
    cleaned = "".join(c for c in s if c.isalnum()).casefold()
    return _check(cleaned)


def _check(t: str) -> bool:
    if len(t) <= 1:
        return True
    return t[0] == t[-1] and _check(t[1:-1])
