CASES = [
    # (text, max_length, expected)
    ("Hello World", None, "hello-world"),
    ("Hello   World", None, "hello-world"),
    ("...Hello...", None, "hello"),
    ("MIXED Case", None, "mixed-case"),
    ("3 little pigs", None, "3-little-pigs"),
    ("a_b", None, "a-b"),
    ("naïve résumé", None, "naive-resume"),
    ("", None, ""),
    ("one two three", 5, "one-t"),
    ("one two three", 7, "one-two"),
    ("one two three", 8, "one-two"),
    ("one two three", 0, ""),
]


def test_table():
    for text, max_length, expected in CASES:
        got = slugify(text, max_length=max_length)
        assert got == expected, (text, max_length, got, expected)
