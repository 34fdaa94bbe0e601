# Mistake: the key is the SET of characters, so counts are lost: "aab" and
# "abb" (or "no" and "noon") end up in one group.
def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault(frozenset(word.casefold()), []).append(word)
    return list(groups.values())
