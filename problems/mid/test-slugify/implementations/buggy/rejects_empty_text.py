"""Raises ValueError on an empty title instead of returning ""."""
import re
import unicodedata


def slugify(text, max_length=None):
    if not text:
        raise ValueError("a title to slugify must not be empty")
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if max_length is not None:
        slug = slug[:max_length].rstrip("-")
    return slug
