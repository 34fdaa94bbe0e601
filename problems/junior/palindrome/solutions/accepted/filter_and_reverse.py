def is_palindrome(s: str) -> bool:
    cleaned = "".join(c for c in s if c.isalnum()).casefold()
    return cleaned == cleaned[::-1]
