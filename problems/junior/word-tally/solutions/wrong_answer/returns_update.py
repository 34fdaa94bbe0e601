from collections import Counter


# Mistake: dict.update changes the dict in place and returns None, so every
# call with counts returns None (the counts themselves are right).
def tally(words, counts=None):
    batch = Counter(words)
    if counts is None:
        return batch
    return counts.update({w: counts.get(w, 0) + n for w, n in batch.items()})
