# Tests for slugify(text, max_length=None). The judge gives each test the
# implementation under test as `slugify`: no import needed.


def test_spaces_become_dashes():
    assert slugify("Hello World") == "hello-world"
