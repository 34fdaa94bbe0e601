# Mistake: `counts or {}` treats an EMPTY dict like None, since both are
# falsy: a caller who passes a fresh {} gets back a different dict, and
# the caller's own dict stays empty.
def tally(words, counts=None):
    counts = counts or {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts
