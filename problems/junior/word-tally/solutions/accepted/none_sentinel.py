def tally(words, counts=None):
    # The default is None, immutable; the dict is made inside the call, so
    # every call without counts gets a fresh one.
    if counts is None:
        counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts
