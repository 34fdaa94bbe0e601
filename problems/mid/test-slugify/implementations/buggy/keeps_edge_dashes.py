"""Keeps a dash where the text starts or ends with punctuation or spaces."""
import re
import unicodedata


def slugify(text, max_length=None):
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text)
    if max_length is not None:
        slug = slug[:max_length].rstrip("-")
    return slug
