# Believes the cut keeps the dash: false of a correct slugify (rule 5).
def test_spaces_become_dashes():
    assert slugify("Hello World") == "hello-world"


def test_max_length_cuts_exactly():
    assert slugify("hello big world", max_length=10) == "hello-big-"
