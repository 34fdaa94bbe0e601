def group_anagrams(words: list[str]) -> list[list[str]]:
    # Anagrams have the same characters in sorted order. dicts keep the
    # insertion order of their keys, which is the order of first appearance.
    groups: dict[str, list[str]] = {}
    for word in words:
        key = "".join(sorted(word.casefold()))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
