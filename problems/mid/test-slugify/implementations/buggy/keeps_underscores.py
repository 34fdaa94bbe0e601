"""Treats an underscore as part of a word, as the regex class of word characters does."""
import re
import unicodedata


def slugify(text, max_length=None):
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[\W]+", "-", ascii_text, flags=re.ASCII).strip("-")
    if max_length is not None:
        slug = slug[:max_length].rstrip("-")
    return slug
