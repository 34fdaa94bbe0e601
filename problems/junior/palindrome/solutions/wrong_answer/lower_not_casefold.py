# Mistake: str.lower() instead of str.casefold(): "ß" stays "ß" instead of
# becoming "ss", so "ßS" is not seen as a palindrome.
def is_palindrome(s: str) -> bool:
    cleaned = "".join(c for c in s if c.isalnum()).lower()
    return cleaned == cleaned[::-1]
