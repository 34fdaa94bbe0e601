# Thorough, except that no title has an underscore: the implementation
# that keeps underscores passes every test.
def test_spaces_become_dashes():
    assert slugify("Hello World") == "hello-world"


def test_runs_of_separators_become_one_dash():
    assert slugify("Rock  &  Roll") == "rock-roll"


def test_no_dash_at_either_end():
    assert slugify("  --Hello, World!--  ") == "hello-world"


def test_lower_case_and_digits():
    assert slugify("Top 10 Tips") == "top-10-tips"


def test_accents_keep_their_letter():
    assert slugify("Café") == "cafe"


def test_max_length():
    assert slugify("hello big world", max_length=9) == "hello-big"
    assert slugify("hello big world", max_length=10) == "hello-big"
    assert slugify("hello", max_length=0) == ""
