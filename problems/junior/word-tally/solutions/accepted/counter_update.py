from collections import Counter


def tally(words, counts=None):
    # Count with Counter (one pass, in C), then fold into the caller's dict
    # when there is one. Counter is a dict, so it is a fine new result.
    batch = Counter(words)
    if counts is None:
        return batch
    for word, n in batch.items():
        counts[word] = counts.get(word, 0) + n
    return counts
