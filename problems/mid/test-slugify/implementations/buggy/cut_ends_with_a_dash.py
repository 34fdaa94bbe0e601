"""Cuts at max_length but leaves a dash at the end of the cut."""
import re
import unicodedata


def slugify(text, max_length=None):
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if max_length is not None:
        slug = slug[:max_length]
    return slug
