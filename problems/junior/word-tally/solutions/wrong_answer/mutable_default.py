# Mistake: the default {} is created once, when `def` runs, and shared by
# every call that omits counts: the second such call returns the same dict,
# still holding the first call's words.
def tally(words, counts={}):
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts
