# Mistake: compares the raw string, so spaces, punctuation and case count.
def is_palindrome(s: str) -> bool:
    return s == s[::-1]
