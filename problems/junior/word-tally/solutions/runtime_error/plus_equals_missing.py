# Mistake: `counts[word] += 1` reads counts[word] first, which raises
# KeyError the first time a word is seen.
def tally(words, counts=None):
    if counts is None:
        counts = {}
    for word in words:
        counts[word] += 1
    return counts
