# Mistake: keeps letters only (isalpha), dropping the digits the rules count:
# "0P" becomes "p", which looks like a palindrome.
def is_palindrome(s: str) -> bool:
    cleaned = "".join(c for c in s if c.isalpha()).lower()
    return cleaned == cleaned[::-1]
