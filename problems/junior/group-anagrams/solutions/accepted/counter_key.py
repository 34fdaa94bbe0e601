from collections import Counter, defaultdict


def group_anagrams(words: list[str]) -> list[list[str]]:
    # The key is the multiset of characters: a frozenset of (char, count)
    # pairs is hashable and does not depend on the order of the characters.
    groups = defaultdict(list)
    for word in words:
        groups[frozenset(Counter(word.casefold()).items())].append(word)
    return list(groups.values())
