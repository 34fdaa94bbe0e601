# Computes the expected slugs at import time, where slugify is not there yet.
EXPECTED = {title: slugify(title) for title in ("Hello World", "Café")}


def test_titles():
    for title, slug in EXPECTED.items():
        assert slugify(title) == slug
