"""Cuts back to the last whole word when the cut falls inside one, so
"abcdef" with max_length=3 gives "" instead of "abc"."""
import re
import unicodedata


def slugify(text, max_length=None):
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if max_length is not None:
        cut = slug[:max_length]
        if len(slug) > max_length and slug[max_length] != "-":
            cut = cut.rsplit("-", 1)[0] if "-" in cut else ""
        slug = cut.rstrip("-")
    return slug
