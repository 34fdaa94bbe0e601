# Correct but too slow: each word is compared with the first word of every
# group found so far, sorting both each time: O(n * groups) sorts.
def group_anagrams(words):
    groups = []
    for word in words:
        for group in groups:
            if sorted(word.casefold()) == sorted(group[0].casefold()):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
