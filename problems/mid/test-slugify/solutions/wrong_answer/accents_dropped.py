# Expects accented letters to disappear: false of a correct slugify (rule 1).
def test_lower_case():
    assert slugify("PyCon") == "pycon"


def test_accents():
    assert slugify("Crème brûlée") == "crme-brle"
