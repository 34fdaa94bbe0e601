# Mistake: a word that occurs twice is kept once (the group is treated as a
# set of words), but every occurrence belongs in the output.
def group_anagrams(words):
    groups = {}
    for word in words:
        group = groups.setdefault("".join(sorted(word.casefold())), [])
        if word not in group:
            group.append(word)
    return list(groups.values())
