def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of each other (compared after
    str.casefold(), every character counting).

    Groups come in the order of their first word in `words`; the words in a
    group keep their input order and spelling, repeats included.
    """
    raise NotImplementedError("write your solution here")
