# Correct, but reverses the whole string again for every character: O(n^2).
def is_palindrome(s: str) -> bool:
    cleaned = "".join(c for c in s if c.isalnum()).casefold()
    for i in range(len(cleaned)):
        if cleaned[i] != cleaned[::-1][i]:
            return False
    return True
