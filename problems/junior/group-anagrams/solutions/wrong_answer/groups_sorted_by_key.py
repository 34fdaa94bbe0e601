# Mistake: the groups are right, but they are returned sorted by their key
# (to make the output "deterministic") instead of in order of first
# appearance.
def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word.casefold())), []).append(word)
    return [groups[key] for key in sorted(groups)]
