"""Drops accented letters instead of keeping their base letter: "café" gives "caf"."""
import re


def slugify(text, max_length=None):
    ascii_text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if max_length is not None:
        slug = slug[:max_length].rstrip("-")
    return slug
