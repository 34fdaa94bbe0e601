# Mistake: strips everything but letters before comparing, as for phrase
# anagrams, but spaces, digits and punctuation count: "dirty room" and
# "dormitory" are not anagrams here.
def group_anagrams(words):
    groups = {}
    for word in words:
        key = "".join(sorted(c for c in word.casefold() if c.isalpha()))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
