# Mistake: only ASCII letters and digits are kept, so accented and other
# non-English letters vanish: "Noël, Léon" becomes "nollon".
import string

KEEP = set(string.ascii_letters + string.digits)


def is_palindrome(s: str) -> bool:
    cleaned = "".join(c for c in s if c in KEEP).lower()
    return cleaned == cleaned[::-1]
