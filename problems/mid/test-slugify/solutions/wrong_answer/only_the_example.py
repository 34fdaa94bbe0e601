def test_spaces_become_dashes():
    assert slugify("Hello World") == "hello-world"
