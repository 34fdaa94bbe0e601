# Mistake: str.lower() instead of str.casefold(). "ß".lower() is still "ß",
# so "ß" and "ss" land in different groups.
def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word.lower())), []).append(word)
    return list(groups.values())
