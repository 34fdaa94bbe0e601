def test_spaces_become_dashes():
    assert slugify("Hello World") == "hello-world"


def test_runs_of_separators_become_one_dash():
    assert slugify("Rock  &  Roll") == "rock-roll"
    assert slugify("a\t-\n b") == "a-b"


def test_no_dash_at_either_end():
    assert slugify("  --Hello, World!--  ") == "hello-world"


def test_lower_case():
    assert slugify("PyCon US") == "pycon-us"


def test_digits_are_kept():
    assert slugify("Top 10 tips for 2024") == "top-10-tips-for-2024"


def test_underscores_separate_words():
    assert slugify("snake_case_name") == "snake-case-name"


def test_accents_keep_their_letter():
    assert slugify("Café Ångström") == "cafe-angstrom"


def test_characters_without_ascii_are_dropped():
    assert slugify("日本 tokyo €5") == "tokyo-5"
    assert slugify("!!!") == ""
    assert slugify("") == ""


def test_max_length_cuts():
    assert slugify("hello big world", max_length=9) == "hello-big"
    assert slugify("abcdef", max_length=3) == "abc"


def test_max_length_never_leaves_a_dash():
    assert slugify("hello big world", max_length=10) == "hello-big"


def test_max_length_zero_and_none():
    assert slugify("hello", max_length=0) == ""
    assert slugify("hello world", max_length=None) == "hello-world"
    assert slugify("hi", max_length=50) == "hi"
